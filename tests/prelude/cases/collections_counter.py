# Counter
from collections import Counter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common(), c.most_common(0), c.most_common(10)[:2])
print(c['a'], c['z'], 'z' in c, len(c))
print(sorted(c.elements()), ''.join(Counter('aabc').elements()))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(cats=4, dogs=8))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'blue']))
words = 'the quick brown the lazy the dog quick'.split()
print(Counter(words).most_common(3))
c.update('aaz')
c.update({'b': 10})
c.update(q=1)
print(c)
c.subtract('aaaa')
c.subtract({'z': 5})
print(c)
print(c.total(), Counter('aab').total())
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(a + b, a - b, a & b, a | b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
x = Counter(a=3, b=1)
x += Counter(a=1, c=2)
print(x)
x -= Counter(a=10)
print(x)
x |= Counter(b=5)
print(x)
x &= Counter(b=2, c=9)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
print(Counter('ab') == {'a': 1, 'b': 1})
del c['a']
del c['nothere']
print(c)
c['new'] += 1
print(c['new'], c.get('zzz'), c.get('zzz', 'dflt'))
show(lambda: Counter.fromkeys('abc'))
show(lambda: Counter('ab') + {'a': 1})
show(lambda: Counter(5))
print(Counter({'a': [1], 'b': [0]}))
print(Counter({1: 2, 'x': 2, (1, 2): 3}))
print(dict(Counter('hello')), list(Counter('hello').keys()), sorted(Counter('hello').values()))
print(Counter('hello').copy(), type(Counter('x').copy()).__name__)


class Tally(Counter):
    pass


print(Tally('aab'), Tally('ab') + Tally('b'))
print(sum(Counter(a=2, b=3).values()), max(Counter('zzyx').items(), key=lambda kv: kv[1]))
print(Counter('aaabbc').most_common()[:-3:-1])
