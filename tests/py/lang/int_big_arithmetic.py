# Big-int arithmetic: mixed signs, division, modulo, divmod and comparisons beyond 64 bits.
a = 123456789012345678901234567890
b = -987654321098765432109876543210
print(a + b, a - b)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(a // 97, a % 97)
print(-a // 7, -a % 7)
print(abs(b), -b > a, a < b)
print(a * a * a)
print(pow(a, 3, 10 ** 9 + 7))
print(int("9" * 40) + 1)
print(2 ** 64 * 2 ** 64 == 2 ** 128)
print((2 ** 127 - 1) % 1000000007)
print(a == a + 0, a + 1 - 1 == a, hash(a) == hash(a + 0))
