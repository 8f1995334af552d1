# List comprehensions: filters, nested loops, nested comprehensions and conditional values.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row], [list(c) for c in zip(*matrix)])
print([c.upper() if c in "aeiou" else c for c in "education"])
print([len(w) for w in "the quick brown fox".split()])
print([f(3) for f in (abs, str, float)])
print([x for x in []], [[]for _ in range(2)])
print([i for i in range(3)] == list(range(3)))
words = ["a", "bb", "a", "ccc"]
print([w for i, w in enumerate(words) if w not in words[:i]])
