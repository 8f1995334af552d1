# Names share list objects: aliasing, shallow and deep copies, and default arguments.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = [x[:] if isinstance(x, list) else x for x in a]
a[0] = 100
a[1].append(4)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1], e[1] is a[1])
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
row = [0] * 3
grid = [row] * 2
grid[0][1] = 5
print(grid, grid[0] is grid[1])
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y, x.copy() == x, x.copy() is x)
