# Assigning to and deleting slices, including extended slices and size mismatches.
a = list(range(8))
a[1:3] = ["a", "b", "c"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[2:5] = []
print(a)
a[:0] = ["start"]
a[len(a):] = ["end"]
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = "xy"
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[5:10] = [9]
c[-100:1] = [0]
print(c)
