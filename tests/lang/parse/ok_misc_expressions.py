print(1, 2, sep='')
x = not a == b
x = a if not b else c
x = lambda: (yield)
