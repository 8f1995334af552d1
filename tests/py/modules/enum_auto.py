# enum: auto() numbering, _generate_next_value_ overrides, and auto in Flag and StrEnum
from enum import Enum, Flag, StrEnum, auto

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
    AGAIN = 2          # alias of SECOND

print(list(Step), Step.AGAIN is Step.SECOND)
print(repr(auto()))

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()

class Counted(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count, list(last_values))

    A = auto()
    B = auto()
    C = auto()

print(list(Lower), [c.value for c in Counted])

class NamedBase(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name + '!'

class Shout(NamedBase):
    HEY = auto()
    HO = auto()

print(list(Shout), Shout('HO!'))

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
    MORE = auto()

print(list(Perm), Perm.ALL.value, Perm.MORE.value, Perm(7) is Perm.ALL)

class Mode(StrEnum):
    FAST = auto()
    SLOW_AND_STEADY = auto()

print(list(Mode), Mode.FAST == 'fast', Enum('Dyn', 'A B', start=5).B.value)
