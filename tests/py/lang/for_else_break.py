# for loops over various iterables with break, continue, else, and nested loop exits.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for ch in "abc":
    if ch == "b":
        continue
    print(ch)
else:
    print("loop done")
for x in []:
    print("never")
else:
    print("empty loop else")
for i, row in enumerate([[1, 2], [3, 99], [5, 6]]):
    if 99 in row:
        print("99 in row", i)
        break
for k in {"one": 1, "two": 2}:
    print(k)
for i in range(3):
    pass
print("i after loop:", i)
for i in range(10, 0, -3):
    print(i, end=",")
print()
