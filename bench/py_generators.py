# bench: a generator pipeline (generator functions, a generator expression, sum), a
# pure-Python workload.
# Prints one line: RESULT py_generators <seconds> s
import time


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


start = time.perf_counter()
total = 0
for _ in range(15):
    total += sum(s % 1000 for s in squares(evens(numbers(200_000))))
elapsed = time.perf_counter() - start
assert total == 735_000_000, total
print(f"RESULT py_generators {elapsed:.6f} s")
