# collections.abc: Mapping / MutableMapping mixins and the keys/items/values views
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView


class Frozen(Mapping):
    def __init__(self, **kw):
        self._data = dict(kw)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f'Frozen({self._data})'


f = Frozen(a=1, b=2)
print(f.get('a'), f.get('z'), f.get('z', 0), 'b' in f, 'z' in f, len(f))
print(f == {'a': 1, 'b': 2}, f == Frozen(b=2, a=1), f != {'a': 1}, f == [1])
ks, its, vs = f.keys(), f.items(), f.values()
print(ks, its, vs)
print(list(ks), list(its), list(vs), ('a', 1) in its, ('a', 2) in its, 2 in vs)
print(type(ks).__name__, isinstance(ks, KeysView), isinstance(its, ItemsView), isinstance(vs, ValuesView))
print(sorted(ks & {'a', 'q'}), sorted(ks | {'c'}), sorted(ks - {'a'}), ks == {'a', 'b'})
print(sorted(its ^ {('a', 1), ('c', 3)}), ks.isdisjoint(['x']), len(vs), Frozen.__hash__)


class Store(Frozen, MutableMapping):
    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]


s = Store()
s.update({'x': 1}, y=2)
s.update([('z', 3)])
s.update(f)
print(dict(s), s.setdefault('x', 9), s.setdefault('w', 0), s.pop('y'), s.pop('nope', '-'))
print(s.popitem(), dict(s))
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(dict(s), len(s), isinstance(s, Mapping), isinstance(Frozen(), MutableMapping))
