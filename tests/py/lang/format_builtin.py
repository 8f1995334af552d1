# The format() builtin and __format__ on ints, floats, strings and custom classes.
print(format(3.14159, ".2f"), format(255, "x"), format(255, "#010b"), format("hi", "*^6"))
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(12), format(None))
print(repr(format("", "")), format(True), format(True, "d"), format(2.0))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
t = Temp(21.5)
print(format(t), format(t, "f"), f"{t} / {t:f}", "{:f}".format(t))
for value, spec in [(1.5, "d"), ("s", "d"), (5, "s"), ([], "x"), (object(), "5"), (2, ".2s")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(format(10, ""), format(-0.0, "+"), format(7, "=+5"))
