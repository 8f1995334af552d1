# fields, asdict, astuple, replace, is_dataclass, Field repr, make_dataclass
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         MISSING)
from collections import namedtuple


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@dataclass
class Address:
    city: str
    zip: str = '00000'


@dataclass
class Person:
    name: str
    age: int
    address: Address = None
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, metadata={'unit': 'none'})


Pair = namedtuple('Pair', 'a b')
p = Person('ann', 30, Address('Oslo'), ['x', Address('Rome')], {'k': (Address('Paris'), 1)})
print(asdict(p))
print(astuple(p))
print(asdict(Address('A'), dict_factory=lambda items: sorted(items)))
print(astuple(Address('A'), tuple_factory=list))


@dataclass
class Holder:
    pair: tuple
    nested: list


print(asdict(Holder(Pair(1, Address('B')), [[Address('C')]])))
h = Holder((1, [2]), [])
ad = asdict(h)
ad['pair'][1].append(3)
print(h.pair, ad)
print([f.name for f in fields(p)], [f.name for f in fields(Person)])
print(fields(Address)[0])
f = fields(Person)[4]
print(f.metadata, f.metadata['unit'], f.default is MISSING, f.default_factory, f.type)
print(fields(Person)[2].default, fields(Person)[0].default)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(5), is_dataclass(dict))
show(lambda: fields(5))
show(lambda: asdict(Address))
show(lambda: astuple({}))
show(lambda: replace(5))
p2 = replace(p, name='bob', age=31)
print(p2, p2.address is p.address, p)
show(lambda: replace(p, nope=1))


@dataclass
class WithNoInit:
    a: int
    b: int = field(init=False, default=5)


show(lambda: replace(WithNoInit(1), b=2))
print(replace(WithNoInit(1), a=3))
print(dataclasses.MISSING, dataclasses.KW_ONLY)
print(Person.__dataclass_params__)
print(field(default=3))
Pt = dataclasses.make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=5))])
print(Pt(1, 2), Pt.__name__, fields(Pt)[0].type, Pt(1, 2) == Pt(1, 2, 5))
print(dataclasses.InitVar[int], dataclasses.InitVar(str))
