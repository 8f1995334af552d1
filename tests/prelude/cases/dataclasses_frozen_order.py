# frozen, order, unsafe_hash, eq=False
from dataclasses import dataclass, field, FrozenInstanceError


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)])
show(lambda: setattr(c, 'lat', 0))
show(lambda: setattr(c, 'other', 0))
show(lambda: delattr(c, 'lat'))
try:
    c.lat = 5
except FrozenInstanceError as e:
    print('caught', type(e).__name__, e, isinstance(e, AttributeError))
print(c)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'a'), Version(1, 2, 'a')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2, 'x') == Version(1, 2, 'y'))
show(lambda: Version(1) < (1, 0))
show(lambda: Version(1) < 5)
print(Version(1).__lt__(5))


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


print(max(Card(10, 'h'), Card(10, 's'), Card(2, 'c')), len({Card(1, 'a'), Card(1, 'a')}))


@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: int = field(hash=False, default=0)
    note: str = field(compare=False, default='')


t = Tagged('a', 5)
print(hash(t) == hash(('a',)), t == Tagged('a', 5, 'other'))


@dataclass(eq=False)
class Identity:
    v: int


i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, hash(i1) == hash(i1), Identity.__eq__ is object.__eq__)


@dataclass
class CustomEq:
    v: int

    def __eq__(self, other):
        return True


print(CustomEq(1) == CustomEq(2), CustomEq.__hash__)


@dataclass
class WithHash:
    v: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))


@dataclass(frozen=True)
class FrozenBase:
    a: int


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 2


fc = FrozenChild(1)
print(fc, hash(fc) == hash((1, 2)))
show(lambda: setattr(fc, 'b', 3))


@dataclass(repr=False)
class NoRepr:
    a: int


print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))


@dataclass(init=False)
class NoInit:
    a: int = 5


n = NoInit()
print(n, n.a)
show(lambda: NoInit(1))
