# @dataclass: error messages
from dataclasses import dataclass, field, FrozenInstanceError


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@dataclass
class P:
    x: int
    y: int


show(lambda: P())
show(lambda: P(1))
show(lambda: P(1, 2, 3))
show(lambda: P(1, 2, z=3))
show(lambda: P(1, x=2))
show(lambda: P(y=1))


@dataclass
class Q:
    a: int
    b: int = 1
    c: int = 2


show(lambda: Q())
show(lambda: Q(1, 2, 3, 4))
show(lambda: Q(1, 2, 3, 4, 5))


@dataclass
class Three:
    a: int
    b: int
    c: int


show(lambda: Three())
show(lambda: Three(1))


@dataclass
class KW:
    x: int
    y: int = field(kw_only=True)
    z: int = field(kw_only=True, default=0)


show(lambda: KW(1))
show(lambda: KW())
show(lambda: KW(1, 2))
show(lambda: KW(1, 2, y=3))
print(KW(1, y=2), KW(x=1, y=2, z=3))


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def mutable_dict():
    @dataclass
    class Bad:
        d: dict = {}


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def non_default_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def both_defaults():
    field(default=1, default_factory=list)


def field_without_annotation():
    @dataclass
    class Bad:
        a = field()


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def frozen_from_nonfrozen():
    @dataclass
    class Base:
        a: int

    @dataclass(frozen=True)
    class Child(Base):
        b: int


def nonfrozen_from_frozen():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass
    class Child(Base):
        b: int


def explicit_hash_unsafe():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


for f in [mutable_default, mutable_dict, order_without_eq, non_default_after_default,
          both_defaults, field_without_annotation, overwrite_lt, frozen_from_nonfrozen,
          nonfrozen_from_frozen, explicit_hash_unsafe]:
    show(f)
print(issubclass(FrozenInstanceError, AttributeError))
