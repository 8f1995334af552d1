# enum: aliases, __members__, _order_ and the @unique decorator
from enum import Enum, IntEnum, unique

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(list(Shape), len(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name)
print(Shape['ALIAS_FOR_SQUARE'], list(Shape.__members__))
print([name for name, m in Shape.__members__.items() if m.name != name])
print(len(Shape.__members__), Shape._member_names_)

members = Shape.__members__
try:
    members['NEW'] = 5
except TypeError:
    print('members is read-only')
print('NEW' in Shape.__members__)

@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2

print(list(Mistake))
for cls_name in ('Dup', 'Dups'):
    try:
        if cls_name == 'Dup':
            @unique
            class Dup(Enum):
                ONE = 1
                UNO = 1
        else:
            @unique
            class Dups(IntEnum):
                A = 1
                B = 2
                C = 1
                D = 2
                E = 3
    except ValueError as e:
        print('ValueError:', e)

class Mixed(Enum):
    A = 1
    B = 1.0
    C = [1]
    D = 'd'

print(list(Mixed), Mixed(1.0), Mixed([1]))
try:
    class Ordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(repr(e))
