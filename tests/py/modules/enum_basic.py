# enum: basic Enum members, reprs, iteration, identity and hashing
from enum import Enum, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(repr(Color.RED), str(Color.RED), Color.GREEN)
print(f"[{Color.BLUE}] [{Color.BLUE:>12}] [{Color.BLUE!r}]")
print("%s and %r" % (Color.RED, Color.GREEN), "{}".format(Color.BLUE))
print(Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_)
print(list(Color), len(Color))
print([c.name for c in reversed(Color)])
print(repr(Color), Color, type(Color) is EnumType, EnumMeta is EnumType)
print(type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(issubclass(Color, Enum), Color.RED.__class__ is Color)
print(Color.RED is Color(1), Color.RED is Color['RED'], Color(Color.GREEN) is Color.GREEN)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.RED in Color, bool(Color.RED), bool(Color))
print(Color._member_names_, list(Color.__members__))
for name, member in Color.__members__.items():
    print(' ', name, '->', repr(member))

palette = {Color.RED: 'warm', Color.BLUE: 'cool'}
print(palette[Color(3)], hash(Color.RED) == hash(Color.RED))
print(sorted({Color.BLUE, Color.RED, Color.RED}, key=lambda c: c.value))
print(max(Color, key=lambda c: c.value), min(Color, key=lambda c: c.name))

try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)

class Empty(Enum):
    pass

class Sub(Empty):
    ONLY = 'x'

print(list(Empty), len(Empty), list(Sub), Sub.ONLY)
print([k.__name__ for k in Sub.__mro__])
