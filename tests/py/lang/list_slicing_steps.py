# List slicing with steps, negative bounds and out-of-range indices; slices copy.
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-7], a[7:2:-2])
print(a[100:], a[-100:2], a[5:5], a[8:2], a[::-3])
c = a[:]
c[0] = 99
print(a[0], c[0], c is a, c == a)
print(a[slice(2, 8, 2)], a[slice(None, None, -5)])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], m[::-1][0], [row[::-1] for row in m])
print([m[i][i] for i in range(3)], list(zip(*m)))
print(a[-1:-4:-1], a[2:-2:3], a[True:3])
t = tuple(a)
print(t[::3], t[-2:], type(t[1:]).__name__)
r = range(20)
print(r[::5], r[3:9:2], list(r[::-7]))
