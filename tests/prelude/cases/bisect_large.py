# Larger inputs: agreement with sorted() and list.index
import bisect
import random

random.seed(42)
data = sorted(random.randint(0, 10 ** 6) for _ in range(5000))
probes = [random.randint(-10, 10 ** 6 + 10) for _ in range(500)]
ok = True
for p in probes:
    l = bisect.bisect_left(data, p)
    r = bisect.bisect_right(data, p)
    ok = ok and all(x < p for x in data[max(0, l - 3):l]) and all(x > p for x in data[r:r + 3])
    ok = ok and data.count(p) == r - l
print(ok)
built = []
for x in random.sample(range(100000), 2000):
    bisect.insort(built, x)
print(built == sorted(built), len(built), built[:5], built[-5:])
