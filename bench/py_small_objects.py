# bench: 10 million small objects created and dropped at once (instances, tuples, lists): the
# time, and the peak RSS, which must stay bounded (memory is reused, not accumulated).
# report: rss
# Prints one line: RESULT py_small_objects <seconds> s
import time


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def churn(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        pair = (p.x, p.y)
        cell = [pair]
        total += cell[0][1] - p.x
    return total


start = time.perf_counter()
total = churn(3_400_000)
elapsed = time.perf_counter() - start
assert total == 3_400_000, total
print(f"RESULT py_small_objects {elapsed:.6f} s")
