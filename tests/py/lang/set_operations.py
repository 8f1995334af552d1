# Set algebra with operators and methods: union, intersection, differences, subsets.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {4}, a > a)
print({1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(c)
d = {1, 2, 3}
d.update([4], {5})
d.intersection_update({1, 2, 3, 4, 5, 6})
d.difference_update({1})
d.symmetric_difference_update({2, 7})
print(d)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
