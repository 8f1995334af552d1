# __contains__ powers `in`; without it `in` falls back to iteration.
class EvenNumbers:
    def __contains__(self, x):
        print("checking", x)
        return isinstance(x, int) and x % 2 == 0
evens = EvenNumbers()
print(4 in evens, 3 in evens, 5 not in evens, "x" in evens)
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly())
class Neither:
    pass
try:
    1 in Neither()
except TypeError as e:
    print("TypeError:", e)
class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
print([x for x in range(10) if x in Interval(3, 6)], 2.5 in Interval(2, 3))
