# Float errors: bad strings, math range errors and float overflow in pow.
for text in ("abc", "", "1.2.3", "1e", "--1", "in f"):
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print((-8.0) ** (1 / 3) == (-8.0) ** (1 / 3))
print((-8) ** 2.0, 8 ** (1 / 3))
try:
    import math
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 + 1e308, -1e308 - 1e308)
