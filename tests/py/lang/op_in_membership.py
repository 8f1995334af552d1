# `in` and `not in` on strings, lists, tuples, dicts, sets, ranges and generators.
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(2 in [1, 2, 3], 4 in (1, 2, 3), 2.0 in [1, 2, 3])
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items())
print(3 in {1, 2, 3}, 9 in range(0, 10, 3), 10 in range(0, 10))
print(-3 in range(0, -10, -3), 0.5 in range(2))
g = (i * i for i in range(10))
print(16 in g, list(g))
print([1, 2] in [[1, 2], [3]], None in [0, False, ""])
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
