# sorted() returns a new list from any iterable; reversed() needs a sequence or __reversed__.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("x", 2), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])
print(list(reversed(Countdown())))
for bad in ({1, 2}, (x for x in []), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
original = [3, 1, 2]
print(sorted(original), original, sorted(original) is original)
