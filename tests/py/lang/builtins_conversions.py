# Constructor conversions between types: list/tuple/set/dict/str/int/float/bool/frozenset.
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("hi"), tuple({1: 2}), tuple())
print(set([1, 1, 2]), set(), frozenset([2, 2]), sorted(set("hello")))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict(zip("xy", (1, 2))), dict({"k": "v"}))
print(str(1), str(1.0), str([1, "a"]), str((1,)), str({"a": None}), str(-0.5))
print(int("10"), int(9.99), int(-9.99), int(True), float("2.5"), float(3), float("-inf"))
print(bool(0), bool("0"), bool([]), bool(0.0), bool(None), bool(object()))
print(list(map(int, ["1", "2"])), [str(x) for x in (1, 2.0, None)])
print(list(dict.fromkeys("aba")), "".join(list("xyz")), tuple(list(tuple([5]))))
print(type(list()).__name__, type(dict()).__name__, type(str()).__name__, repr(str()))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["ab", "c"])
except ValueError as e:
    print("ValueError:", e)
