# Bitwise operators on ints, including negatives (two's complement semantics) and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 10, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 5)
print(5 >> 10, -5 >> 10)
print((2 ** 70 - 1) & 0xFF, (1 << 70) | 1)
print(bin(0b1100 ^ 0b1010), hex(0xFF & ~0x0F))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~True, type(~True).__name__)
x = 0b1111
x &= 0b0110
x |= 0b1000
x ^= 0b0001
x <<= 2
x >>= 1
print(x)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
