# randrange / randint: arguments, steps, big ranges, errors
import random


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


random.seed(99)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 7) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randint(1, 1), random.randrange(1), random.randrange(True, 5))
print(random.randrange(2 ** 100), random.randint(10 ** 30, 10 ** 31))
show(lambda: random.randrange(0))
show(lambda: random.randrange(-5))
show(lambda: random.randrange(5, 5))
show(lambda: random.randrange(5, 1))
show(lambda: random.randrange(0, 10, 0))
show(lambda: random.randrange(0, 10, -1))
show(lambda: random.randint(5, 1))
show(lambda: random.randrange(1.5))
show(lambda: random.randrange(0, 2.5))
show(lambda: random.randrange(0, 10, 1.5))
show(lambda: random.randrange('a'))
show(lambda: random.randrange(1, step=2))
show(lambda: random.randint(1, 'b'))
print(random.randrange(10.0), random.randrange(0, 10.0))
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
