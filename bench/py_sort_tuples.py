# bench: sorting lists of tuples (natural order and with a key function), a pure-Python workload.
# Prints one line: RESULT py_sort_tuples <seconds> s
import random
import time

rng = random.Random(7)
ROWS = [(rng.randrange(1000), f"name{rng.randrange(10_000)}", rng.random()) for _ in range(50_000)]

start = time.perf_counter()
checks = 0
for _ in range(3):
    by_all = sorted(ROWS)
    by_name = sorted(ROWS, key=lambda row: (row[1], -row[0]))
    rows = list(ROWS)
    rows.sort(key=lambda row: row[2], reverse=True)
    checks += (by_all[0] <= by_all[-1]) + (by_name[0][1] <= by_name[-1][1]) + (rows[0][2] >= rows[-1][2])
elapsed = time.perf_counter() - start
assert checks == 9, checks
print(f"RESULT py_sort_tuples {elapsed:.6f} s")
