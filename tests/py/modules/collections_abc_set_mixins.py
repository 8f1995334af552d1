# collections.abc: Set operators and comparisons, MutableSet in-place operations
from collections.abc import Set, MutableSet, Hashable


class ListSet(MutableSet):
    """A set kept as a list in insertion order, so output is deterministic."""
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f'LS{self.items}'


a, b = ListSet('abc'), ListSet('cd')
print(a & b, a | b, a - b, a ^ b, a & 'bcx', 'cx' & a)
print(a - 'b', ListSet('a') <= a, a < a, a <= a, a > ListSet('b'), a >= b, a == ListSet('cba'))
print(a == {'a', 'b', 'c'}, {'a', 'b', 'c'} == a, a != b, a.isdisjoint('xy'), a.isdisjoint('xa'))
print(sorted({'z', 'a'} - a), sorted(frozenset('ab') | b))
try:
    a < [1]
except TypeError as e:
    print(e)
a |= 'xy'
a &= 'abxq'
print(a)
a ^= 'bz'
a -= 'x'
print(a, end=' ')
print(a.pop(), a)
a.remove('z')
try:
    a.remove('nope')
except KeyError as e:
    print('KeyError', e)
a.clear()
print(a, len(a), isinstance(a, Hashable), ListSet.__hash__)
a ^= a
print(a, isinstance(frozenset(), Set), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
