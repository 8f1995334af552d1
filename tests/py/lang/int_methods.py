# int methods and attributes: bit_length, bit_count, real/imag, numerator, conjugate, dunders.
print((255).bit_length(), (256).bit_length(), (-1).bit_length(), (0).bit_length())
print((2 ** 64).bit_length(), (-(2 ** 64)).bit_length())
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((10).__add__(5), (10).__sub__(3), (7).__mod__(-2))
print(int.__name__, (5).__class__.__name__)
print((6).as_integer_ratio(), (-6).bit_count())
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError:", e)
print(int.__add__(2, 3), int.__neg__(4))
print(isinstance(True, int), int.__mro__)
