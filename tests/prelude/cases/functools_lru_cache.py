# lru_cache / cache: results, statistics, eviction order, keys
import functools
from functools import lru_cache, cache


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)


@lru_cache
def sq(x):
    print('  computing', x)
    return x * x


print(sq(3), sq(3), sq(4))
print(sq.cache_info(), sq.cache_parameters())

calls = []


@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x


for x in [1, 2, 1, 3, 2, 1, 1]:
    f(x)
print(calls)
ci = f.cache_info()
print(ci, ci.hits, ci.misses, ci.maxsize, ci.currsize)
print(ci[0], tuple(ci), type(ci).__name__, ci._fields)
print(ci == (3, 4, 2, 2))


@lru_cache(maxsize=0)
def z(x):
    return x


z(1); z(1)
print(z.cache_info())


@lru_cache(maxsize=-5)
def neg(x):
    return x


neg(1)
print(neg.cache_info())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(30), fact.cache_info())
print(fact.cache_parameters())

counter = []


@lru_cache(maxsize=32, typed=True)
def typed(x):
    counter.append(type(x).__name__)
    return x


typed(1); typed(1.0); typed(1); typed(True)
print(counter, typed.cache_info())

counter.clear()


@lru_cache(maxsize=32)
def untyped(x, y=0):
    counter.append((x, y))
    return x


untyped(1); untyped(1.0); untyped(True); untyped(1, y=0); untyped(1, 0); untyped(x=1)
print(counter, untyped.cache_info())

show(lambda: sq([1, 2]))
show(lambda: lru_cache('bad'))
show(lambda: lru_cache(maxsize=2.5))


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self):
        print('  area computed')
        return 3 * self.r * self.r

    def __hash__(self):
        return hash(self.r)

    def __eq__(self, other):
        return self.r == other.r


c = Circle(2)
print(c.area(), c.area(), Circle(2).area())
print(Circle.area.cache_info())


@lru_cache(maxsize=3)
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


print(rec(10), rec.cache_info())
