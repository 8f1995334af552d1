# Lists and tuples compare lexicographically, element by element.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != (1, 2))
print((1, 2) < (1, 3), (1,) < (1, 0), () == (), (3, "a") < (3, "b"))
print([[1, 2], [1]] < [[1, 2], [2]], max([[3], [1, 5], [3, 0]]))
print(sorted([[2, 1], [1, 9], [1, 2, 3], []]))
print([1, 2.0] == [1.0, 2], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1], [1, 2] <= [1, 2], (1, 2) >= (1, 2))
print(min([(2, "b"), (1, "z"), (1, "a")]))
