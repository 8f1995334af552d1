# Dataclasses as tutorials use them: sorting, properties, class methods, nesting, copying
import copy
from dataclasses import dataclass, field, asdict
from functools import total_ordering
from collections import defaultdict


@dataclass
class Student:
    name: str
    grade: int
    scores: list = field(default_factory=list)

    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

    @classmethod
    def from_string(cls, text):
        name, grade, *scores = text.split(',')
        return cls(name, int(grade), [int(s) for s in scores])

    @staticmethod
    def passing(score):
        return score >= 60


students = [Student.from_string(s) for s in ['ann,10,90,80', 'bob,11,55,65', 'cy,10,70']]
for s in sorted(students, key=lambda s: s.average, reverse=True):
    print(f'{s.name:>4} {s.grade} {s.average:.1f} {Student.passing(s.average)}')
by_grade = defaultdict(list)
for s in students:
    by_grade[s.grade].append(s.name)
print(dict(by_grade))
print(students[0])
print([asdict(s) for s in students][:1])


@dataclass
class Line:
    start: tuple = (0, 0)
    end: tuple = (1, 1)

    def length(self):
        return ((self.end[0] - self.start[0]) ** 2 + (self.end[1] - self.start[1]) ** 2) ** 0.5


print(Line(), Line(end=(3, 4)).length())


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)


t1 = Team('a', [Student('x', 1)])
t2 = copy.deepcopy(t1)
t2.members[0].name = 'changed'
t3 = copy.copy(t1)
print(t1, t2, t3.members is t1.members, t1 == t3, t1 == t2)


@dataclass(frozen=True, order=True)
class Money:
    amount: int
    currency: str = 'EUR'

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError('currency mismatch')
        return Money(self.amount + other.amount, self.currency)

    def __str__(self):
        return f'{self.amount} {self.currency}'


total = sum([Money(5), Money(7)], Money(0))
print(total, repr(total), sorted([Money(3), Money(1, 'USD'), Money(1)]))
print(f'{Money(2)!r} {Money(2)!s} {Money(2)}')


@dataclass
class Vector:
    x: float = 0.0
    y: float = 0.0

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)


v = Vector(3, 4)
print(abs(v), v * 2, [Vector()] * 2, Vector(y=1) in [Vector(0, 1)])
print(str(v) == repr(v), f'{v}')


@dataclass
class Matrix:
    rows: list

    def __repr__(self):
        return 'Matrix(%dx%d)' % (len(self.rows), len(self.rows[0]))


print(Matrix([[1, 2]]), [Matrix([[1]])])
