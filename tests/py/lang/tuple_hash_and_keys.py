# Tuples of hashables are hashable (usable as dict keys and set members); with lists they are not.
grid = {}
grid[(0, 0)] = "origin"
grid[1, 2] = "point"
print(grid, grid[(1, 2)], (0, 0) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
seen = {(1, 2), (2, 1), (1, 2)}
print(len(seen), sorted(seen))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)
pairs = [(1, "a"), (2, "b")]
lookup = dict(pairs)
print(lookup, list(lookup.items()) == pairs)
print({(i, j): i * j for i in range(2) for j in range(2)})
