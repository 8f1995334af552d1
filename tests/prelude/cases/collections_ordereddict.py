# OrderedDict
from collections import OrderedDict
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
print(od.keys(), od.values(), od.items())
print(OrderedDict(), OrderedDict([('x', 1)]), OrderedDict(y=2, z=3))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
show(lambda: od.move_to_end('missing'))
show(lambda: OrderedDict().popitem())
show(lambda: OrderedDict().pop('k'))
show(lambda: hash(OrderedDict()))
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y, x != dict(y))
print(list(reversed(x)), list(reversed(x.items())), list(reversed(x.values())))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
c = x.copy()
c['z'] = 0
print(c, x, type(c).__name__, copy.deepcopy(c), copy.copy(c) == c)
print(x | {'c': 3}, type(x | {'c': 3}).__name__)
x |= {'d': 4}
print(x)
print('a' in x.keys(), ('a', 1) in x.items(), 1 in x.values(), len(x.keys()))
print(x.keys() & {'a', 'z'}, x.keys() - {'a'} == {'b', 'd'})
x['a'] = 'updated'
print(x)
print(x.setdefault('e', 5), x.pop('b'), x.get('b'), x)
del x['a']
print(x)
rec = OrderedDict(k=1)
rec['me'] = rec
print(rec)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache.get(3), cache)
cache.put(4, 4)
print(cache.get(1), cache.get(3), cache.get(4), cache)
