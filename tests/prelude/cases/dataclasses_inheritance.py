# Inheritance between dataclasses and regular classes, super(), overriding generated methods
from dataclasses import dataclass, field, fields


@dataclass
class Shape:
    name: str
    sides: int = 0

    def describe(self):
        return f'{self.name} with {self.sides} sides'


@dataclass
class Polygon(Shape):
    side_length: float = 1.0

    def perimeter(self):
        return self.sides * self.side_length


@dataclass
class Square(Polygon):
    sides: int = 4

    def describe(self):
        return 'square: ' + super().describe()


sq = Square('sq', side_length=2.5)
print(sq, sq.perimeter(), sq.describe())
print([(f.name, f.default) for f in fields(Square)])
print(Square.__doc__)
print(Square('a') == Square('a'), Square('a') == Polygon('a', 4), isinstance(sq, Shape))


@dataclass
class WithRepr:
    a: int

    def __repr__(self):
        return 'custom'


@dataclass
class ChildOfRepr(WithRepr):
    b: int = 0


print(WithRepr(1), ChildOfRepr(1, 2))


class Regular:
    def __init__(self):
        self.regular = True

    def hello(self):
        return 'hello from Regular'


@dataclass
class DC(Regular):
    value: int = 0

    def __post_init__(self):
        super().__init__()


dc = DC(3)
print(dc, dc.regular, dc.hello())


@dataclass
class Base:
    items: list = field(default_factory=list)

    def __post_init__(self):
        self.items.append('base')


@dataclass
class Child(Base):
    extra: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.items.append('child')


print(Child(), Child([1], 2))


class PlainChild(Square):
    pass


pc = PlainChild('plain')
print(pc, pc == Square('plain'), type(pc).__name__)


@dataclass
class Override(Shape):
    name: str = 'default-name'


print(Override(), Override('x', 3))
