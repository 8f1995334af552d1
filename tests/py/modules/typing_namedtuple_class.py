# typing: NamedTuple class syntax and call form build real named tuple classes
from typing import NamedTuple, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3)
q = Point(1, y=-2)
print(p, q, p.x, q.y, p.norm1(), q.norm1())
print(Point._fields, Point._field_defaults, Point.__doc__)
print(p._asdict(), q._replace(x=10), Point._make([7, 8]))
print(p == (3, 0), isinstance(p, tuple), len(q), list(q), p + q)
x, y = q
print(x, y, Point.__annotations__)


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    tags: Optional[List[str]] = None

    def __repr__(self) -> str:
        return f'<Employee {self.name}#{self.id}>'


e = Employee('Guido')
print(e, e.tags, Employee.__doc__, sorted([Employee('b', 2), Employee('a', 9)]))
Color = NamedTuple('Color', [('r', int), ('g', int), ('b', int)])
print(Color(1, 2, 3), Color._fields)
match q:
    case Point(x=1, y=yy):
        print('matched y', yy)

for action in (lambda: setattr(p, 'x', 5), lambda: setattr(p, 'z', 5),
               lambda: Point(), lambda: Point(1, 2, 3)):
    try:
        action()
    except (AttributeError, TypeError) as exc:
        print(type(exc).__name__ + ':', exc)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as exc:
    print('TypeError:', exc)
