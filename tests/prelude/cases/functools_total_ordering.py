# total_ordering and cmp_to_key
import functools
from functools import total_ordering, cmp_to_key


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'Version(%d, %d)' % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a >= a, a <= a)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]))
print(max(Version(0, 1), Version(0, 3)))
show(lambda: a < 5)
show(lambda: a >= 'x')
print(Version.__gt__.__name__, Version.__le__.__doc__)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v


print(Desc(1) < Desc(2), Desc(1) <= Desc(1), Desc(3) >= Desc(2))


@total_ordering
class OnlyGe:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(OnlyGe(1) < OnlyGe(2), OnlyGe(2) > OnlyGe(2), OnlyGe(2) <= OnlyGe(2))


def make_plain():
    @total_ordering
    class Plain:
        pass


show(make_plain)


def compare(a, b):
    return (a > b) - (a < b)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return compare(a, b)


words = ['banana', 'fig', 'apple', 'kiwi', 'date', 'cherry']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(min([5, 3, 8], key=cmp_to_key(compare)), max('abc', key=cmp_to_key(compare)))
K = cmp_to_key(compare)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= k2, k1 >= k2, k1.obj)
show(lambda: k1 < 2)
show(lambda: hash(k1))
