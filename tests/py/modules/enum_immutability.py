# enum: members and their name/value are read-only; members cannot be reassigned or deleted
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 1


def attempt(label, func):
    try:
        func()
        print(label, '-> allowed')
    except AttributeError as e:
        print(label, '-> AttributeError:', e)


attempt('set name', lambda: setattr(Color.RED, 'name', 'ROUGE'))
attempt('set value', lambda: setattr(Color.RED, 'value', 10))
attempt('del name', lambda: delattr(Color.RED, 'name'))
attempt('set extra attribute', lambda: setattr(Color.RED, 'note', 'warm'))
print(Color.RED.note, Color.RED.name, Color.RED.value)
attempt('reassign member', lambda: setattr(Color, 'RED', 3))
attempt('reassign IntEnum member', lambda: setattr(Level, 'LOW', 0))
attempt('delete member', lambda: delattr(Color, 'GREEN'))
attempt('new class attribute', lambda: setattr(Color, 'extra', 'fine'))
print(Color.extra, repr(Color.RED), repr(Color.GREEN), list(Color), Level.LOW + 0)
attempt('delete class attribute', lambda: delattr(Color, 'extra'))
print(hasattr(Color, 'extra'), Color(1) is Color.RED, list(Color.__members__))
