x = 1, 2
x = *a, *b
print(*a)
def f():
    x = (yield)
