# time: only coarse facts (types, ordering, a sleep lasting at least its duration).
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, t0 > 1_600_000_000, type(time.time_ns()).__name__)
time.sleep(0.05)
elapsed = time.monotonic() - m0
print(elapsed >= 0.05, elapsed < 5, time.perf_counter() > p0)
print(time.monotonic() >= m0, time.time() >= t0)
print(time.sleep(0) is None)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
print(round(time.monotonic() - m0, 0) < 5)
