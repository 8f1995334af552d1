# functools.reduce folds left, with and without an initial value; empty input needs an initializer.
from functools import reduce
add = lambda a, b: a + b
print(reduce(add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(reduce(add, [], 0), reduce(add, [5]), reduce(add, [5], 10))
print(reduce(lambda s, c: c + s, "abc", ""), reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
steps = []
def trace(a, b):
    steps.append((a, b))
    return a - b
print(reduce(trace, [10, 1, 2, 3]), steps)
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
nested = [[1, 2], [3], [], [4, 5]]
print(reduce(add, nested, []), reduce(max, [3, 8, 2]))
