# Rich comparisons: __lt__ drives sorted/min/max; reflected operations and functools.total_ordering.
import functools
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), min(vs), max(vs))
print(Version("2.0") > Version("1.9"))
try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print("TypeError:", e)
@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
a, b = Money(100), Money(250)
print(a < b, a <= b, a > b, a >= b, a == Money(100), a != b)
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print(f"Rev.__gt__({self.v}, {other})")
        return self.v > other
print(5 < Rev(10), Rev(1) > 0)
