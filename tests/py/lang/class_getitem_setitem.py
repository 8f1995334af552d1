# __getitem__/__setitem__/__delitem__ with int keys, slices and arbitrary keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print("\n".join("".join(g[x, y] for x in range(3)) for y in range(2)))
del g[0, 0]
print(g[0, 0], len(g.cells))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return f"slice({idx.start}, {idx.stop}, {idx.step})"
        return idx * 10
s = Seq()
print(s[3], s[1:5], s[::2], s[-1], s[:])
try:
    Seq()[0] = 1
except TypeError as e:
    print("TypeError:", e)
