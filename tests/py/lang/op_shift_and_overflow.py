# Shifts on arbitrary-precision ints never overflow; negative counts and float shifts fail.
print(1 << 0, 1 << 63, 1 << 64, 1 << 200)
print((1 << 200) >> 199, (1 << 200) >> 500, -(1 << 200) >> 500)
print(-1 << 70, 255 >> 4, -256 >> 4)
print(0 << 1000, (3 << 100) >> 100)
for bad in (lambda: 1 << -2, lambda: 8 >> -1):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    1 << 2.0
except TypeError as e:
    print("TypeError:", e)
print(2 ** 64 - 1 == (1 << 64) - 1)
print(int.bit_length(1 << 100))
