# Searching sorted lists with bisect (recipes from the docs)
from bisect import bisect_left, bisect_right


def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError


def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError


def find_le(a, x):
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError


def find_gt(a, x):
    i = bisect_right(a, x)
    if i != len(a):
        return a[i]
    raise ValueError


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError


a = [1, 3, 3, 5, 7, 9]
for f in [index, find_lt, find_le, find_gt, find_ge]:
    out = []
    for x in [0, 1, 3, 4, 9, 10]:
        try:
            out.append(f(a, x))
        except ValueError:
            out.append('-')
    print(f.__name__, out)


def count_range(a, lo, hi):
    return bisect_right(a, hi) - bisect_left(a, lo)


print(count_range(a, 3, 7), count_range(a, 4, 4), count_range(list(range(1000)), 100, 199))
