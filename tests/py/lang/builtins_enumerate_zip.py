# enumerate (with start) and zip (shortest, strict, unzipping with *).
fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, 1)), list(enumerate("ab", start=-1)))
for i, f in enumerate(fruits, start=10):
    print(i, f)
print(list(zip([1, 2, 3], "abc")), list(zip(range(5), "xy")), list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])), dict(zip("abc", range(3))))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate("xy")
print(type(e).__name__, next(e), next(e), next(e, None))
try:
    zip(5)
except TypeError as err:
    print("TypeError:", err)
