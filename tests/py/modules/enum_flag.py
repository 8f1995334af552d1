# enum: Flag and IntFlag combinations, reprs, iteration, membership and boundaries
from enum import Flag, IntFlag, auto, CONFORM

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, rw is Perm(6))
print(repr(Perm.R & Perm.W), str(Perm(0)), bool(Perm(0)), bool(rw))
print(repr(~Perm.R), repr(rw ^ Perm.X), repr(Perm(7)), list(Perm))
print(list(rw), len(rw), Perm.W in rw, Perm.X in rw, Perm.R | Perm.W == rw)
for bad in (8, 'r'):
    try:
        Perm(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)

class Color(Flag):
    NONE = 0
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), list(Color.__members__), repr(Color(0)), repr(~Color.RED))
print(repr(Color.RED | Color.GREEN | Color.BLUE), list(Color.WHITE), Color.WHITE.value)

class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4

mode = Open.READ | Open.WRITE
print(repr(mode), str(mode), format(mode), mode == 3, mode + 1, isinstance(mode, int))
print(repr(Open.READ | 8), repr(8 | Open.APPEND), repr(Open(16)), repr(Open(0)))
print(repr(mode & 1), repr(~Open.READ), list(Open(7)), Open.WRITE in Open(6))

class Lax(Flag, boundary=CONFORM):
    A = 1
    B = 2

print(repr(Lax(7)), repr(Lax(4)))
