# Escaping nested loops with flags, functions and for/else, and loop variables after loops.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    if found:
        break
print(found, r, c)
def locate(t):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == t:
                return r, c
    return None
print(locate(9), locate(10))
for row in grid:
    for v in row:
        if v == 6:
            break
    else:
        continue
    print("6 is in", row)
    break
total = 0
for row in grid:
    for v in row:
        if v % 2:
            continue
        total += v
print(total)
