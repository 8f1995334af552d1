# Reflected operators: a subclass's __radd__ wins; __matmul__, __truediv__, __floordiv__, __mod__, __pow__.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Meters.__add__")
        return Meters(self.v + (other.v if isinstance(other, Meters) else other))
    def __radd__(self, other):
        print("Meters.__radd__")
        return Meters(other + self.v)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Km(Meters):
    def __radd__(self, other):
        print("Km.__radd__")
        return Km(other.v + self.v * 1000)
print(5 + Meters(1), Meters(1) + 5, Meters(1) + Km(2))
class Mat:
    def __init__(self, n):
        self.n = n
    def __matmul__(self, o):
        return f"{self.n}@{o.n}"
    def __truediv__(self, o):
        return f"{self.n}/{o}"
    def __rtruediv__(self, o):
        return f"{o}/{self.n}"
    def __floordiv__(self, o):
        return f"{self.n}//{o}"
    def __mod__(self, o):
        return f"{self.n}%{o}"
    def __pow__(self, o, mod=None):
        return f"{self.n}**{o} mod {mod}"
    def __rpow__(self, o):
        return f"{o}**{self.n}"
m = Mat("M")
print(m @ Mat("N"), m / 2, 2 / m, m // 3, m % 4, m ** 5, pow(m, 2, 7), 3 ** m)
try:
    1 @ m
except TypeError as e:
    print("TypeError:", e)
