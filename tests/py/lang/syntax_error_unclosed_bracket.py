# A '[' that is never closed: SyntaxError "'[' was never closed".
values = [1, 2, 3]
print(values)

matrix = [
    [1, 2],
    [3, 4],

total = sum(values)
print(total)
