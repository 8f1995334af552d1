# namedtuple
from collections import namedtuple
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, repr(p), str(p))
print(p[0] + p[1], p.x + p.y, len(p), list(p), p == (11, 22), p == Point(11, 22))
x, y = p
print(x, y)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), Point(**{'x': 5, 'y': 6}))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__qualname__)
print(type(p), isinstance(p, tuple), Point.__module__, Point.__match_args__)
print(Point.x.__doc__, Point.y.__doc__)
print(p.count(11), p.index(22), p[-1], p[:1], p + (1,), p * 2, hash(p) == hash((11, 22)))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(max(Point(1, 5), Point(2, 0)), min([Point(3, 3), Point(0, 9)], key=lambda q: q.y))
Color = namedtuple('Color', 'red green blue')
Pixel = namedtuple('Pixel', 'x, y, color')
print(Color(1, 2, 3), Pixel(0, 0, Color(255, 0, 0)))
Emp = namedtuple('Emp', 'name age dept', defaults=['eng', 30])
print(Emp('ann'), Emp('bob', 40), Emp._field_defaults)
One = namedtuple('One', 'a')
print(One(1), One.__doc__, One._make('z'))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty() == ())
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
show(lambda: setattr(p, 'x', 3))
show(lambda: setattr(p, 'z', 3))
show(lambda: Point(1))
show(lambda: Point())
show(lambda: Color(1))
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, 2, z=3))
show(lambda: Point(1, x=2))
show(lambda: Point._make([1]))
show(lambda: p._replace(z=1))
show(lambda: namedtuple('P', 'x _y'))
show(lambda: namedtuple('P', 'x x'))
show(lambda: namedtuple('P', 'x class'))
show(lambda: namedtuple('1P', 'x'))
show(lambda: namedtuple('P', ['x', 3]))
show(lambda: namedtuple('P', 'x', defaults=(1, 2)))
show(lambda: namedtuple('P', 'x y', defaults=[1])(x=0))
show(lambda: Emp())
show(lambda: p.z)


class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5

    def __str__(self):
        return 'P3 %s %s %s' % self


q = Point3(1, 2, 2)
print(q, repr(q), q.norm, q._replace(z=0), type(q._replace(z=0)).__name__)
show(lambda: setattr(q, 'w', 1))


class Loose(namedtuple('Loose', 'a')):
    pass


lo = Loose(1)
lo.extra = 'ok'
print(lo, lo.extra)
print(copy.copy(p), copy.deepcopy(Pixel(1, 2, [3])), copy.deepcopy(q))
print(dict(zip(Point._fields, (7, 8))), Point(*range(2)))
print({Point(1, 2): 'a'}[(1, 2)], Point(1, 2) in {(1, 2)})
