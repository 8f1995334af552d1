# __slots__: instance fields without a __dict__, member descriptors, inheritance and the errors.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.x, type(Point.x).__name__, Point.__slots__)
print(Point.x.__name__, Point.x.__objclass__ is Point, hasattr(p, "__dict__"))
p.x += 10
print(p.x)
del p.y
for action in (lambda: p.y, lambda: delattr(p, "y"), lambda: setattr(p, "z", 1),
               lambda: p.__dict__, lambda: vars(p)):
    try: print(action())
    except (AttributeError, TypeError) as e: print(type(e).__name__ + ":", e)

class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"), isinstance(q, Point))

class Loose(Point):        # no __slots__: instances get a __dict__ again
    pass

r = Loose(5, 6)
r.extra = 7
print(r.x, r.extra, r.__dict__)

class WithDict:
    __slots__ = ["a", "__dict__"]

w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.b, w.__dict__)

class Mixin:               # plain classes combine with a slotted one
    def describe(self):
        return f"<{self.x}>"

class Both(Mixin, Point):
    pass

print(Both(3, 4).describe())
