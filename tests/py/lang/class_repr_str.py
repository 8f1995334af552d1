# __repr__ and __str__: print uses __str__ (falling back to __repr__); containers use __repr__.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str only"
b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "a"), Point3(2.5, None), [Point(0, 0)])
class Bad:
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
