# while loops: else runs only when the loop ends without break; continue skips the rest.
n = 0
while n < 3:
    n += 1
else:
    print("finished normally", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never printed")
print("broke at", n)
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
print(odds)
while False:
    pass
else:
    print("else of a loop that never ran")
