# deque: construction, appends and pops at both ends, repr, errors
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = deque([1, 2, 3])
print(d, repr(d), len(d), bool(d), bool(deque()))
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
print(deque(), deque('hello'), deque(range(3)), deque(maxlen=None), deque([], 0))
print(deque([1, 2], maxlen=3), deque(maxlen=2))
e = deque()
show(e.pop)
show(e.popleft)
show(lambda: deque(maxlen=-1))
show(lambda: deque([], 'a'))
show(lambda: deque(5))
show(lambda: deque([1]).maxlen)
show(lambda: setattr(deque(), 'maxlen', 3))
show(lambda: hash(deque()))
print(d[0], d[-1], d[2])
d[1] = 'Y'
del d[0]
print(d)
show(lambda: d[10])
show(lambda: d[-10])
show(lambda: d['a'])
show(lambda: d[1:2])
q = deque()
for i in range(10):
    q.append(i)
while q:
    print(q.popleft(), end=' ')
print()
s = deque()
for i in range(5):
    s.appendleft(i)
print(s, [s.pop() for _ in range(5)], s)
print(deque([[1, 2], 'x', None, 3.5]))
r = deque()
r.append(r)
print(r)
d2 = deque([1, 2, 3])
d2.__init__([9])
print(d2)


class MyDeque(deque):
    pass


print(MyDeque([1, 2]), MyDeque('ab', 5))
