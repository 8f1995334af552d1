# collections.abc: Sequence and MutableSequence mixin methods on a minimal list wrapper
from collections.abc import Sequence, MutableSequence


class Seq(Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(3, 1, 4, 1, 5)
print(list(s), list(reversed(s)), 4 in s, 9 in s, s.count(1), s.index(1), s.index(1, 2))
print(s.index(5, -2), isinstance(s, Sequence), isinstance(s, MutableSequence))
for args in ((9,), (3, 1), (1, 0, 3)):
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(str(e)))


class Vec(MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, value):
        self.items.insert(i, value)


v = Vec('ab')
v.append('c')
v.extend('de')
v += ['f']
v.extend(v)
print(v.items, v.pop(), v.pop(0), v.items)
v.remove('d')
v.reverse()
print(v.items, len(v))
v.clear()
print(v.items)
try:
    Sequence()
except TypeError as e:
    print(e)
