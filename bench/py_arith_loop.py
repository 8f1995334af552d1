# bench: an arithmetic loop with branches (Collatz steps for 1..60,000), a pure-Python workload.
# Prints one line: RESULT py_arith_loop <seconds> s
import time


def steps_total(limit):
    total = 0
    longest = 0
    for start in range(1, limit + 1):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


start = time.perf_counter()
result = steps_total(60_000)
elapsed = time.perf_counter() - start
assert result == (6135095, 339), result
print(f"RESULT py_arith_loop {elapsed:.6f} s")
