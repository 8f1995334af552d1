# Float repr is the shortest string that round-trips, switching to exponent form like CPython.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -2.0, 100.0, 1e15, 1e16, 1e17, 123456789.0,
          1e-4, 1e-5, 0.000123, 1.5e-10, 1e22, 1.7976931348623157e308, 5e-324,
          2.5, 1 / 3, 2 / 3, 3.14159, 1e100, 12345678901234567890.0, 0.5e-6]
for v in values:
    print(repr(v), str(v))
print(0.1 * 3, 1.1 * 1.1, 4.35 * 100)
print(float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print([0.1, 0.25, -0.0], (1e-7,), {"x": 2.0})
print(-0.0, 0.0, -0.0 == 0.0)
print(9007199254740993.0, 0.30000000000000004)
