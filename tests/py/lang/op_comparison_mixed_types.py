# Equality across types is False; ordering across unrelated types raises TypeError.
print(1 == "1", [1] == (1,), None == 0, 1 == 1.0, True == 1)
print(1 != "1", {} != [], 0.0 == -0.0)
print({1: "a"} == {1.0: "a"}, (1, 2) == (1.0, 2.0))
tests = [
    lambda: 1 < "2",
    lambda: "a" > 3.5,
    lambda: [1] < (1,),
    lambda: None < None,
    lambda: {} <= {},
    lambda: [1, "a"] < [1, 2],
    lambda: sorted([3, "x", 1]),
    lambda: max(1, "b"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
print([1, 2] < [1, 3], (1, "a") < (2, 0), "abc" < "abd")
