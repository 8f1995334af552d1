# Factorials computed three ways agree, and math.factorial(50) prints exactly.
import math
def fact_loop(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def fact_rec(n):
    return 1 if n < 2 else n * fact_rec(n - 1)
print(math.factorial(50))
print(fact_loop(50) == fact_rec(50) == math.factorial(50))
print(math.factorial(0), math.factorial(1), math.factorial(20))
print(fact_loop(100) // fact_loop(98))
print(len(str(math.factorial(100))))
print(str(math.factorial(25)).count("0"))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
