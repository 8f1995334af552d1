# Modulo takes the sign of the divisor, and (a // b) * b + a % b == a always holds.
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(0 % 5, 5 % 5, -5 % 5)
pairs = [(13, 4), (-13, 4), (13, -4), (-13, -4), (3, 7), (-3, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
print(-(10 ** 25) % 9)
print((10 ** 25) % -9)
print(divmod(-7, 2), divmod(7, -2))
n = -23
n %= 10
print(n)
print([i % 3 for i in range(-4, 5)])
