# property getters compute values on access; read-only properties refuse assignment.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
    @property
    def diameter(self):
        "The diameter."
        return self.r * 2
c = Circle(2)
print(c.area, c.diameter)
c.r = 3
print(c.area, c.diameter)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.diameter
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, Circle.diameter.__doc__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
