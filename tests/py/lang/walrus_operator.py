# The assignment expression := binds in the enclosing scope and yields its value.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
values = iter(data)
total = 0
while (item := next(values, None)) is not None:
    total += item
print(total, item)
print([y for x in data if (y := x * 2) > 6])
print(y)
print((z := 10) + z)
def f():
    [last := i for i in range(4)]
    return last
print(f())
print(any((hit := v) > 7 for v in data), hit)
print(walrus := "ok", walrus)
