# The ** operator: right associativity, unary minus precedence, negative and float exponents.
print(2 ** 10, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -1)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 2.0 ** 3, 0 ** 0, 0.0 ** 0)
print((-8) ** 3, (-1) ** 101)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
print(2 ** 0.5 == 2 ** 0.5, round(27 ** (1 / 3), 10))
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
x = 3
x **= 4
print(x)
