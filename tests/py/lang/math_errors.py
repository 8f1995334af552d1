# math domain and range errors, and type errors, with CPython's messages.
import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.acos(2),
    lambda: math.exp(1000),
    lambda: math.factorial(2.5),
    lambda: math.factorial(-3),
    lambda: math.isqrt(-1),
    lambda: math.sqrt("4"),
    lambda: math.floor(float("nan")),
    lambda: math.ceil(float("inf")),
    lambda: math.comb(3, -1),
    lambda: math.gcd(1.5, 3),
]
for t in tests:
    try:
        print(t())
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
