# copy and deepcopy of collections types, dataclasses and namedtuples
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
from dataclasses import dataclass, field

P = namedtuple('P', 'x y')
for obj in [deque([[1], 2], maxlen=5), defaultdict(list, a=[1]), OrderedDict(a=[1], b=2),
            Counter('aab'), P(1, [2]), ChainMap({'a': [1]}, {'b': 2})]:
    s = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(obj).__name__, s == obj, d == obj, s is obj, d is obj, repr(d))


@dataclass
class Box:
    items: list = field(default_factory=list)
    label: str = 'box'


@dataclass(frozen=True)
class Frozen:
    values: tuple = ()
    meta: list = field(default_factory=list)


b = Box([1, [2]])
bs, bd = copy.copy(b), copy.deepcopy(b)
bd.items[1].append(3)
print(b, bs, bd, bs.items is b.items)
f = Frozen((1,), [2])
fd = copy.deepcopy(f)
print(fd, fd == f, fd.meta is f.meta)
dq = deque([1, 2, 3])
dq2 = copy.deepcopy(dq)
dq2.append(4)
print(dq, dq2, dq2.maxlen)
dd = defaultdict(list)
dd['x'].append(1)
dd2 = copy.deepcopy(dd)
dd2['y'].append(2)
print(dd, dd2)
