# Copying frozen dataclasses and namedtuples, replace() vs copy
import copy
from dataclasses import dataclass, replace
from collections import namedtuple


@dataclass(frozen=True)
class Settings:
    theme: str
    size: int
    plugins: tuple = ()


s = Settings('dark', 12, ('git',))
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2, s3, s2 == s, s2 is s, hash(s2) == hash(s))
print(replace(s, size=14), s)
Point = namedtuple('Point', 'x y')
p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
pd.x.append(9)
print(pc, pd, pc.x is p.x, pd.x is p.x, type(pd).__name__)
