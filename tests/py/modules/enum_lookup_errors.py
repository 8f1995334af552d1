# enum: value and name lookups, _missing_, and the errors for bad lookups
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(label, func):
    try:
        print(label, '->', repr(func()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

attempt('Color(2)', lambda: Color(2))
attempt('Color(5)', lambda: Color(5))
attempt("Color('RED')", lambda: Color('RED'))
attempt("Color['GREEN']", lambda: Color['GREEN'])
attempt("Color['PINK']", lambda: Color['PINK'])
attempt("'RED' in __members__", lambda: 'RED' in Color.__members__)
attempt('Color()', lambda: Color())

class Answer(Enum):
    YES = 'y'
    NO = 'n'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls._value2member_map_.get(value.lower()[:1])
        return None

attempt("Answer('Yes')", lambda: Answer('Yes'))
attempt("Answer('maybe')", lambda: Answer('maybe'))
attempt('Answer(1)', lambda: Answer(1))

class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nonsense'

try:
    Broken(2)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError:', e)
