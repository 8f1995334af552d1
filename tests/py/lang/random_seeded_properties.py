# random with a seed: only properties that hold for any sequence are printed (never the values).
import random
random.seed(12345)
xs = [random.random() for _ in range(1000)]
print(all(0 <= x < 1 for x in xs), len(set(xs)) > 990)
ints = [random.randint(1, 6) for _ in range(1000)]
print(min(ints) >= 1, max(ints) <= 6, set(ints) <= {1, 2, 3, 4, 5, 6})
r = [random.randrange(0, 100, 5) for _ in range(200)]
print(all(v % 5 == 0 and 0 <= v < 100 for v in r))
u = [random.uniform(-2.0, 3.0) for _ in range(200)]
print(all(-2.0 <= v <= 3.0 for v in u))
colors = ["red", "green", "blue"]
print(all(random.choice(colors) in colors for _ in range(50)))
random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
again = [random.random() for _ in range(5)]
print(first == again, random.getrandbits(8) < 256)
rng = random.Random(99)
other = random.Random(99)
print(rng.random() == other.random(), isinstance(rng.randint(0, 1), int))
