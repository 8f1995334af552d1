# __eq__ and __hash__: defining __eq__ alone makes instances unhashable; consistent hashing for sets/dicts.
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, len({p1, p2, p1}))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, Eq.__hash__)
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s), Key(1, 2) in s, {Key(0, 0): "origin"}[Key(0, 0)])
class NotImpl:
    def __eq__(self, other):
        return NotImplemented
print(NotImpl() == NotImpl(), NotImpl() == 5, 5 != NotImpl())
class Always:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(Always() == 3, 3 == Always(), [1, 2].count(Always()), Always() in [None])
