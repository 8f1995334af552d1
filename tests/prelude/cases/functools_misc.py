# Assorted functools usage as tutorials show it
import functools
from functools import reduce, partial, lru_cache, wraps


def memoize_timer(func):
    @wraps(func)
    def inner(*args):
        return func(*args)
    return inner


@memoize_timer
@lru_cache(maxsize=None)
def ways(n):
    """Count staircases."""
    if n < 2:
        return 1
    return ways(n - 1) + ways(n - 2)


print(ways(50), ways.__name__, ways.__doc__)
print(ways.__wrapped__.cache_info())

compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))

pipeline = [partial(map, str.upper), partial(filter, lambda s: len(s) > 1), sorted]
print(reduce(lambda acc, fn: fn(acc), pipeline, ['b', 'aa', 'c', 'dd']))

print(sorted([('b', 2), ('a', 2), ('c', 1)], key=functools.cmp_to_key(
    lambda x, y: (x[1] - y[1]) or ((x[0] > y[0]) - (x[0] < y[0])))))


@functools.cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 1000), key=collatz))
info = collatz.cache_info()
print(info.hits > 0, info.misses, info.maxsize)
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ['ab', 'abcd', 'x', 'wxyz']))
