# __post_init__, init=False fields, InitVar, inheritance, KW_ONLY
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


print(Rect(2, 3), Rect(2, 3).area)


@dataclass
class C:
    i: int
    j: int = None
    database: InitVar[dict] = None

    def __post_init__(self, database):
        if self.j is None and database is not None:
            self.j = database.get('j')


print(C(1, database={'j': 7}), C(1, 2), [f.name for f in fields(C)])
print(C.__dataclass_fields__['database']._field_type, C.__dataclass_fields__['database'].type)


@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 15


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class Animal:
    name: str
    sound: str = '...'

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)


d = Dog('rex', tricks=['sit'])
print(d, d.speak(), isinstance(d, Animal), Dog.__doc__)


class NotADataclass:
    shared = 'yes'


@dataclass
class Mixed(NotADataclass):
    a: int


print(Mixed(1), Mixed.shared)


@dataclass
class Point:
    x: float
    _: KW_ONLY
    y: float
    z: float = 0.0


p = Point(0, y=1.5)
print(p, Point.__match_args__, Point.__doc__)
try:
    Point(0, 1.5)
except TypeError as e:
    print('TypeError:', e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__match_args__)


@dataclass
class Counter:
    count: int = 0
    history: list = field(default_factory=list, repr=False)
    secret: str = field(default='s', init=False)
    made: list = field(default_factory=lambda: ['made'], init=False)

    def __post_init__(self):
        self.history.append('created')


k = Counter(5)
print(k, k.history, k.secret, k.made)


class Validated:
    pass


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError('balance cannot be negative')


print(Account('ann', 10))
try:
    Account('bob', -1)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class WithSelf:
    self: int
    other: int = 0


print(WithSelf(1), WithSelf(self=2, other=3))
