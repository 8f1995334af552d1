# Floor division rounds toward negative infinity for every sign combination.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(1 // 3, -1 // 3, 0 // -5)
print(10 // 5, -10 // 5, 10 // -5)
for a in (-9, -8, -1, 0, 1, 8, 9):
    print(a, a // 4, a // -4)
big = -(10 ** 30) - 1
print(big // 7)
print(big // -7)
print(-(2 ** 64) // 3)
x = -17
x //= 5
print(x)
print(True // 2, -True // 2)
