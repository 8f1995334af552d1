# deque: rotate, count, index, remove, insert, reverse, copy, comparisons, arithmetic
from collections import deque
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(13)
print(d)
d.rotate(0)
print(d)
deque().rotate(5)
show(lambda: d.rotate('a'))
d = deque('abracadabra')
print(d.count('a'), d.count('z'), d.index('c'), d.index('a', 1), d.index('a', -4), d.index('r', 3, 10))
show(lambda: d.index('z'))
show(lambda: d.index('a', 8, 9))
d.remove('b')
print(d)
show(lambda: d.remove('q'))
d.insert(0, 'S')
d.insert(-1, 'E')
d.insert(100, 'Z')
d.insert(-100, 'A')
print(d)
d.reverse()
print(d)
c = d.copy()
c.append('!')
print(len(d), len(c), copy.copy(d) == d, copy.deepcopy(deque([[1]], 3)))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque([1]) <= deque([1]))
print(deque([1]).__lt__([2]))
print(deque([1, 2]) + deque([3]), deque('ab') * 2, 3 * deque([0]), deque([1, 2], 3) * 2)
show(lambda: deque([1]) + [2])
x = deque([1])
x += [2, 3]
x *= 2
print(x)
x *= 0
print(x)
print(2 in deque([1, 2]), 5 in deque([1, 2]), [1] in deque([[1]]))
print(list(reversed(deque('abc'))), list(deque('abc')))
d = deque([1, 2, 3])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d.clear()
print(d, len(d))
b = deque([1, 2, 3], maxlen=3)
b.insert(1, 9) if len(b) < 3 else show(lambda: b.insert(1, 9))
print(sorted(deque([3, 1, 2])), max(deque([3, 1, 2])), sum(deque([3, 1, 2])))
