# Real-valued distributions: same values as CPython's
import random

random.seed(123)
print(random.random(), random.uniform(2.5, 10.0), random.uniform(10, 2))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(1, 1))
print(random.gauss(), random.gauss(100, 15), random.gauss(mu=5, sigma=0.1))
print(random.normalvariate(), random.normalvariate(0, 2))
print(random.lognormvariate(0, 0.5), random.expovariate(1.5), random.expovariate(0.2))
print(random.vonmisesvariate(0, 1), random.vonmisesvariate(1, 0))
print(random.gammavariate(2.0, 1.5), random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print('ValueError:', e)
random.seed(0)
vals = [random.gauss(0, 1) for _ in range(1000)]
print(round(sum(vals) / len(vals), 10), round(max(vals), 10), round(min(vals), 10))
random.seed(0)
print(sum(random.expovariate(1) for _ in range(100)))
