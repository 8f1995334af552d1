# deque with maxlen: bounded history, sliding windows, iteration safety
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft('L')
print(last3)
last3.extend('abcd')
print(last3)
last3.extendleft([1, 2])
print(last3, last3.maxlen)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.appendleft(5)
print(z, len(z))
print(deque(range(10), maxlen=4))


def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque()
    for _ in range(n - 1):
        d.append(next(it))
    s = sum(d)
    for elem in it:
        s += elem
        d.append(elem)
        yield s / n
        s -= d.popleft()


print(list(moving_average([40, 30, 50, 46, 39, 44])))


def tail(lines, n=2):
    return deque(lines, maxlen=n)


print(tail(['a\n', 'b\n', 'c\n']))

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.popleft()
show(lambda: next(it))
d = deque([1, 2])
it = iter(d)
d[0] = 'changed'
print(list(it))

# large queue: popleft stays cheap
q = deque()
total = 0
for i in range(200000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), total, q[0], q[-1])
q2 = deque()
for i in range(100000):
    q2.appendleft(i)
    if i % 2:
        q2.pop()
print(len(q2), q2[0], q2[-1])
