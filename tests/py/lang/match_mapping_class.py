# match with mapping patterns (**rest), class patterns (positional via __match_args__) and guards.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj.x},{obj.y}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={rest}"
        case {"type": t}:
            return f"record of type {t}"
        case str() | bytes():
            return "text"
        case _:
            return "unknown"
tests = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 4),
         {"type": "user", "name": "ann", "age": 3}, {"type": "log", "x": 1}, "s", 42]
for t in tests:
    print(where(t))
