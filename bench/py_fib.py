# bench: recursive fib(30), a pure-Python workload of calls and integer arithmetic.
# Prints one line: RESULT py_fib <seconds> s
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


start = time.perf_counter()
result = fib(30)
elapsed = time.perf_counter() - start
assert result == 832040, result
print(f"RESULT py_fib {elapsed:.6f} s")
