# Unary +, - and ~ on ints, floats and bools, and `not` on various values.
print(-5, +5, -(-5), ~5, ~-1, ~0)
print(-0.0, +(-0.0), -(0.0), -1.5)
print(-True, +True, ~False)
print(not 0, not 1, not "", not "x", not [], not [0], not None)
print(type(-True).__name__, type(+False).__name__)
n = 10 ** 20
print(-n, ~n)
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __repr__(self):
        return f"Num({self.v})"
print(-Num(3), +Num(-3), ~Num(3))
try:
    -"abc"
except TypeError as e:
    print("TypeError:", e)
