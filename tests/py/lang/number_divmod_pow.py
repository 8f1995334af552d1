# divmod() and pow() on ints and floats, including 3-argument pow and modular inverse.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2.0, 8), pow(2, -2), pow(-2, 3))
print(pow(5, 3, 13), pow(5, 0, 1), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 11), pow(7, -2, 10), (3 * pow(3, -1, 11)) % 11)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
print(pow(base=2, exp=5), pow(2, 5, mod=7))
print(2 ** 0.5 == pow(2, 0.5))
