# frozenset: repr, immutability, hashing (as dict keys and set members) and operations.
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f, type(f).__name__)
print(f | {4}, f & {1, 9}, f - {1}, {1, 2} | f, type({1} | f).__name__, type(f | {1}).__name__)
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(f == {1, 2, 3}, f == frozenset({1, 2, 3}), hash(f) == hash(frozenset([1, 2, 3])))
print(f.union([5]), f.issubset(range(5)), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset("aab") == frozenset("ba"), sorted(frozenset("cab")))
print(frozenset([frozenset([1])]), set(f) == f)
