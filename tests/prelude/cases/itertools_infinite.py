# count, cycle, repeat: values, reprs, laziness, argument errors
import itertools
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


c = count()
print([next(c) for _ in range(5)])
print(c)
print(count(10), count(1.5), count(1, 2), count(1, 1.0), count(-3, -1), count(True), count(2, True))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(10, -3), 4)))
c = count(5, 2)
next(c); next(c)
print(repr(c))
show(lambda: count('a'))
show(lambda: count(1, 'x'))
show(lambda: count(1, 2, 3))

cy = cycle('abc')
print([next(cy) for _ in range(8)])
print(list(cycle([])))
show(lambda: cycle(5))


def gen():
    for i in range(3):
        print('  produce', i)
        yield i


cy = cycle(gen())
print('cycle created')
print(next(cy), next(cy))
print([next(cy) for _ in range(5)])

print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -5)))
r = repeat([1], 4)
print(r, r.__length_hint__())
next(r)
print(r, r.__length_hint__())
print(repeat('a'))
print(list(islice(repeat(None), 3)))
print(list(repeat(7, times=2)))
show(lambda: repeat(1, 'a'))
show(lambda: repeat())
print(list(map(pow, range(5), repeat(2))))
print(list(zip('abc', count(1))))
