# import x, import x as y, from x import y, from x import y as z, and module attributes.
import math
import math as m
from math import sqrt, pi as PI
from collections import deque as Deque, Counter
import itertools, functools
import sys
print(math.sqrt(9), m.sqrt(16), sqrt(25), PI == math.pi, m is math)
print(Deque([1]), Counter("aa"), itertools.__name__, functools.__name__)
print(math.__name__, type(math).__name__, m.__name__)
print("math" in sys.modules, sys.modules["math"] is math)
def local_import():
    from random import Random
    return type(Random(1)).__name__
print(local_import())
import math
print(math is m)
from itertools import *
print(list(islice(count(), 3)))
