# field() options: repr, compare, hash, init, default_factory
from dataclasses import dataclass, field, fields


@dataclass
class Config:
    name: str
    debug: bool = False
    password: str = field(default='', repr=False)
    retries: int = field(default=3, compare=False)
    paths: list = field(default_factory=lambda: ['/tmp'])
    cache: dict = field(default_factory=dict, init=False, repr=False)
    instances = 0


c1 = Config('a', password='secret')
c2 = Config('a', retries=10)
print(c1, c2)
print(c1 == c2, c1.paths is not c2.paths, c1.cache, Config.instances)
print([f.name for f in fields(Config)])
print([(f.name, f.repr, f.compare, f.init) for f in fields(Config)])
print('instances' in Config.__dataclass_fields__, Config.__dataclass_fields__['name']._field_type)
print(Config.__doc__)


@dataclass
class Item:
    sku: str
    qty: int = 1

    def __post_init__(self):
        self.sku = self.sku.upper()


items = [Item('b', 2), Item('a'), Item('c', 5)]
print(sorted(items, key=lambda i: (i.qty, i.sku)))
print({i.sku: i.qty for i in items})


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Key(1)) == hash((1,)), Key(1, [1]) == Key(1, [2]), len({Key(1), Key(1, [5])}))


@dataclass
class Defaults:
    a: int = 1
    b: str = 'two'
    c: tuple = (3,)
    d: frozenset = frozenset()
    e: float = 5.5
    f: object = None


print(Defaults(), Defaults.__doc__)
print(Defaults(*range(6)))


@dataclass
class Stats:
    values: list = field(default_factory=list)
    total: int = field(init=False, default=0)

    def add(self, v):
        self.values.append(v)
        self.total += v
        return self


s = Stats().add(3).add(4)
print(s, Stats.total)
print(fields(s)[1].default, fields(s)[1].init)
