# Seeding with str, float, bool, big ints, and reseeding reproducibility
import random


def first(seed):
    random.seed(seed)
    return (random.random(), random.randint(0, 1000), random.getrandbits(40))


for s in ['hello', '', 'a', 'The quick brown fox', 'ünïcödé', '日本語', '😀 emoji', 'x' * 200,
          1.5, 0.0, -2.25, 1e100, float(2 ** 53), True, False, 2 ** 200, -(2 ** 70)]:
    print(repr(s)[:30], first(s))
print(first('same') == first('same'), first(3) == first(3.0), first(-3) == first(3))
random.seed('abc', version=1)
print(random.random())
random.seed(12345, version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    random.seed({})
except TypeError as e:
    print('TypeError:', e)
random.seed(None)
a = random.random()
random.seed()
print(0.0 <= a < 1.0, 0.0 <= random.random() < 1.0)
