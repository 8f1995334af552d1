# functools.partial freezes some arguments; keywords can be overridden; repr-free inspection.
from functools import partial
def power(base, exponent, *, verbose=False):
    result = base ** exponent
    return f"{base}^{exponent}={result}" if verbose else result
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), [two_to(n) for n in range(5)])
print(square(4, verbose=True), square(3, exponent=4))
loud = partial(power, verbose=True)
print(loud(2, 8))
print(square.func is power, square.args, square.keywords, two_to.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("1010"), int_from_binary("111"))
nested = partial(partial(power, 3), verbose=True)
print(nested(2), nested.args, nested.func is power)
print(callable(square), type(square).__name__)
try:
    two_to()
except TypeError as e:
    print("TypeError:", e)
