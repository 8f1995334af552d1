# Arbitrary-precision ints: powers of two and ten, and their string lengths.
print(2 ** 100)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(10 ** 50)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(3 ** 200)
print(7 ** 77 % 1000)
print((2 ** 100) // (2 ** 50) == 2 ** 50)
big = 1
for i in range(1, 31):
    big *= i
print(big)
print(-(10 ** 40) + 1)
print(2 ** 100 > 2 ** 99 * 1.9, 2 ** 100 == 2.0 ** 100)
print(hex(2 ** 100), bin(2 ** 70))
print(sum(int(d) for d in str(2 ** 1000)))
