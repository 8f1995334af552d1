# dataclasses with order=True (sorting by fields) and frozen=True (immutable, hashable).
from dataclasses import dataclass, FrozenInstanceError, replace, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 10), Version(2) > Version(1, 99), Version(1, 2, "a") == Version(1, 2, "b"))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1, 2)), len({p, Point(1, 2), Point(2, 1)}))
print(replace(p, y=20), p)
@dataclass
class Plain:
    v: int
try:
    hash(Plain(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1) < Plain(2)
except TypeError as e:
    print("TypeError:", e)
