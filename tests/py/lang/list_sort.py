# list.sort and sorted: keys, reverse, stability, and sorting tuples and mixed numbers.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True))
nums.sort()
print(nums)
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (-len(w), w)))
records = [("bob", 30), ("ann", 25), ("cat", 30), ("dan", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1.5, True, 0]))
data = [3, 1, 2]
data.sort(key=lambda x: -x)
print(data, sorted("hello"), sorted({3: "c", 1: "a"}), sorted([]))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
