# Numeric builtins abs, divmod, pow and round across ints, floats and bools.
for v in (-7, 7, -2.5, 0, True, -(2 ** 80)):
    print(repr(v), abs(v))
for a, b in ((7, 3), (-7, 3), (7.5, -2), (2 ** 70, 10 ** 9)):
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
print(pow(2, 5), pow(2, -1), pow(2.5, 2), round(pow(8, 1 / 3), 12), pow(10, 2, 7))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.1 + 0.2, 10))
print(round(7.0), type(round(7.0)).__name__, round(7.0, 1), type(round(7, 1)).__name__)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __divmod__(self, n):
        return divmod(self.cents, n)
print(abs(Money(-250)).cents, divmod(Money(250), 100))
