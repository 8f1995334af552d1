# map and filter are lazy iterators; map with several iterables; filter(None, ...) keeps truthy.
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(lambda x: x * x, range(5))), list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(len, ["", "ab", "abc"])), list(map(int, "123")), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
lazy = map(noisy, [1, 2, 3])
print(calls, next(lazy), calls)
print(sum(map(int, "9 8 7".split())), sorted(map(abs, [-3, 1, -2])))
try:
    list(map(lambda a, b: a + b, [1, 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
