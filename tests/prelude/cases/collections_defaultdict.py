# defaultdict
from collections import defaultdict
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(repr(d), dict(d), sorted(d.items()))
print(d['missing'], 'missing' in d, len(d))
print(d.get('nothere'), 'nothere' in d)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts)
print(defaultdict(), defaultdict(None, {'x': 1}), defaultdict(set, a={1}))
print(defaultdict(lambda: 'n/a', [('k', 'v')])['other'])
n = defaultdict(lambda: defaultdict(int))
n['x']['y'] += 1
print(n['x'], dict(n['x']))
print(isinstance(d, dict), d.default_factory, type(d).__name__)
e = defaultdict(None)
show(lambda: e['k'])
show(lambda: defaultdict(5))
show(lambda: hash(defaultdict()))
c = d.copy()
c['new'].append(0)
print(type(c).__name__, c.default_factory, 'new' in d)
cc = copy.copy(d)
dc = copy.deepcopy(d)
dc['a'].append(99)
print(cc == d, d['a'], dc['a'], type(dc).__name__, dc.default_factory)
print(d == {'a': [1, 3], 'b': [2], 'missing': []})
m = defaultdict(int, a=1) | {'b': 2}
print(m, type(m).__name__)
m2 = {'z': 0} | defaultdict(int, a=1)
print(m2, type(m2).__name__)
d.default_factory = tuple
print(d['t'])
d2 = defaultdict(list)
d2['self'] = d2
print(d2)
print(d.pop('a'), d.setdefault('s', 5), sorted(d))


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b'], type(t['a']).__name__)
