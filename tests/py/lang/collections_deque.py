# collections.deque: appends and pops at both ends, maxlen, rotate, extendleft and repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(7), d.index(8))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, window.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque(["a", "b", "c"]), list(reversed(deque([1, 2, 3]))), deque())
d.clear()
print(d, bool(d))
