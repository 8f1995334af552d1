# groupby: keys, groups, invalidation of old groups, key functions
from itertools import groupby


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, group in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in group])
for key, group in groupby(sorted('mississippi')):
    print(key, ''.join(group))
print(list(groupby([])))

# groups are invalidated when the outer iterator advances
groups = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])

outer = groupby('aaabbc')
k1, g1 = next(outer)
print(k1, next(g1))
k2, g2 = next(outer)
print(k2, list(g1), list(g2))
k3, g3 = next(outer)
print(k3, list(g3))
show(lambda: next(outer))

# partially consumed group, then outer advances
outer = groupby([1, 1, 1, 2, 2, 3])
k, g = next(outer)
print(k, next(g))
k, g = next(outer)
print(k, list(g))

# key function called once per element
calls = []


def key(x):
    calls.append(x)
    return x // 10


print([(k, list(g)) for k, g in groupby([1, 5, 12, 18, 25, 3], key)])
print(calls)

print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
show(lambda: groupby(3))
show(lambda: list(groupby([1, 'a', 'a'], key=lambda x: x + 1)))
