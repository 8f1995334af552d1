# True division always gives a float, and large ints divide exactly rounded.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(type(6 / 3).__name__)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(1 / 7 * 7 == 1.0)
print(22 / 7, 355 / 113)
print(0 / 5, -0 / 5, 0 / -5, 0.0 / -5)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
x = 9
x /= 2
print(x)
print(True / 2, 3 / True)
print(1e308 * 10, -1e308 * 10)
