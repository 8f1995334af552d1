# enum: the functional API with strings, lists, pairs, mappings, mixins and start
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal(2), repr(Animal))
print(Animal.__name__, Animal.__qualname__, Animal.__module__, len(Animal))

Comma = Enum('Comma', 'X, Y,Z')
print([m.name for m in Comma], [m.value for m in Comma])

Listed = Enum('Listed', ['ONE', 'TWO'], start=10)
print(list(Listed))

Pairs = Enum('Pairs', [('LOW', 'l'), ('HIGH', 'h')])
print(list(Pairs), Pairs('h'))

Mapped = Enum('Mapped', {'RED': '#f00', 'GREEN': '#0f0'})
print(list(Mapped), Mapped['GREEN'].value)

Status = IntEnum('Status', 'OK WARN FAIL', start=0)
print(list(Status), Status.FAIL + 1, str(Status.WARN))

Colors = StrEnum('Colors', 'RED GREEN')
print(list(Colors), Colors.RED == 'red', f'{Colors.GREEN}')

Perm = Flag('Perm', 'READ WRITE EXEC')
print(list(Perm), repr(Perm.READ | Perm.EXEC))

Bits = IntFlag('Bits', ['A', 'B'])
print(repr(Bits.A | Bits.B), Bits.B | 8)

Typed = Enum('Typed', 'A B', type=int)
print(repr(Typed.B), Typed.A + 1, isinstance(Typed.A, int))

Named = Enum('Named', 'ONLY', module='shapes', qualname='Outer.Named')
print(Named.__module__, Named.__qualname__, Named.ONLY)

class Base(Enum):
    def double(self):
        return self.value * 2

Derived = Base('Derived', 'P Q')
print(Derived.Q.double(), isinstance(Derived.P, Base))
