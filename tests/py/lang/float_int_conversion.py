# float() from strings and ints, and int() truncation of floats.
print(float("3.5"), float("  -2.25  "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float(7), float(-0), float(True), float(), float(10 ** 20))
print(int(3.9), int(-3.9), int(0.999999), int(-0.5))
print(float("0x1p-2") if False else float.fromhex("0x1p-2"))
print(float(2 ** 63), float(2 ** 63) == 2 ** 63)
print(int(1e16), int(1.5e300) == 15 * 10 ** 299)
print(float("-0"), float("+inf"), float("infinity"), float("nAn"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(3 == 3.0, int(3.0) is not None, 0.1 + 0.2 == 0.3)
