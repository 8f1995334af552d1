# float methods: is_integer, as_integer_ratio, hex/fromhex, and real/imag.
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1"))
x = 2.5
print(x.real, x.imag, x.conjugate())
print(float.__name__, type(1.5).__mro__)
print((2.0).__add__(1), (2.0).__truediv__(4), (7.5).__floordiv__(2))
print((5).__truediv__(2), (1.0).__eq__(1))
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(1.0, float), isinstance(1, float))
