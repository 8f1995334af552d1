# collections.namedtuple: field access, repr, tuple behaviour, _replace/_asdict/_fields, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p), list(p))
x, y = p
print(x + y, p._replace(x=10), p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Rome"), Person._field_defaults)
print(Point._make([5, 6]), Point(y=2, x=1), isinstance(p, tuple), type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
