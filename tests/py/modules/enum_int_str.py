# enum: IntEnum and StrEnum members behave as ints and strings, with enum reprs
from enum import IntEnum, StrEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(repr(Priority.HIGH), str(Priority.HIGH), format(Priority.LOW), f"{Priority.MEDIUM:03d}")
print("%s %d %r" % (Priority.LOW, Priority.LOW, Priority.LOW))
print(Priority.LOW == 1, Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, Priority.HIGH // 3)
print(sorted([Priority.HIGH, 3, Priority.LOW]), max(Priority), Priority(5))
print(isinstance(Priority.LOW, int), [10, 20, 30][Priority.LOW], hash(Priority.HIGH) == hash(10))
print({1: 'one'}[Priority.LOW], int(Priority.HIGH), Priority.HIGH.real)
print([k.__name__ for k in Priority.__mro__])

class Method(StrEnum):
    GET = 'GET'
    POST = 'POST'
    OTHER = 'other thing'

print(repr(Method.GET), str(Method.GET), f"<{Method.POST}>", f"{Method.GET:>6}|")
print(Method.GET == 'GET', Method('POST'), Method.OTHER.upper(), Method.OTHER.split())
print(Method.GET + '/x', '-'.join(Method), len(Method.OTHER), Method.GET.lower())
print(isinstance(Method.GET, str), sorted(Method), Method.POST in ['POST'])
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print('TypeError:', e)

class Mixed(int, Enum):
    A = 1
    B = 2

print(repr(Mixed.A), str(Mixed.A), format(Mixed.B), Mixed.A + Mixed.B, Mixed(2))

class Big(IntEnum):
    KILO = 1000
    MEGA = KILO * 1000

print(repr(Big.MEGA), Big.MEGA / Big.KILO, Big(1000) is Big.KILO)
