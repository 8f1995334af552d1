# Tuple/list unpacking in assignments and for loops, swaps, and unpacking any iterable.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "abc"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
first, second = range(2)
print(first, second)
one, = [1]
print(one)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
a = b = c = []
a.append(1)
print(a, b, c)
