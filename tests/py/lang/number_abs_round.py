# abs() on ints, floats, bools and objects with __abs__; round() with and without ndigits.
print(abs(-5), abs(5), abs(-0.0), abs(-3.5), abs(True), abs(-(10 ** 30)))
print(abs(float("-inf")), abs(-2 ** 63))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(abs(Vec(3, 4)), round(Vec(1.26, 2.71), 1), round(Vec(1.5, 2.5)))
print(round(7), round(7, 1), round(-7.55, 1), round(0.0), round(-0.0))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
print(round(2.5, None), round(10 ** 20 + 0.5))
