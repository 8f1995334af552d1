# Lists: literals, indexing, concatenation, repetition, membership, len and equality.
a = [1, 2, 3]
b = a + [4, 5]
print(a, b, len(b), b[0], b[-1], b[1:3])
print(a * 2, [] == [], [1, [2, 3]] == [1, [2, 3]], a != b)
a[0] = 10
a[-1] += 5
print(a)
a += [7]
a.extend(range(2))
print(a)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested), nested[-1][-1])
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}))
print([1, "two", 3.0, None, True, [], {}])
empty = []
print(bool(empty), bool([0]), empty + empty, [[]] * 2)
print(a.__len__(), a.__getitem__(0), a.__contains__(7))
print(sum([[1], [2, 3]], []), [*a[:2], *"xy"])
