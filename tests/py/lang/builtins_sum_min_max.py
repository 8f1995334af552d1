# sum with start, min/max with key and default, and their errors on empty input.
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10))
print(sum([[1], [2]], []), sum((x for x in range(4)), start=100))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(min(["aa", "b", "ccc"], key=len), max(["aa", "b", "ccc"], key=len), max([], default="none"))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")]), min([2, 1.0, 1]))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), min(words, key=lambda w: (len(w), w)))
for bad in (lambda: min([]), lambda: max([]), lambda: max(), lambda: sum(["a", "b"]),
            lambda: sum(["a"], ""), lambda: min(1), lambda: max(1, "a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(min(5, default=0) if False else min([5], default=0))
