# Binary operators on incompatible types raise TypeError with CPython's messages.
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: None - 1,
    lambda: "a" * "b",
    lambda: [1] * 2.0,
    lambda: 1 / "2",
    lambda: 2 ** None,
    lambda: 3 % [],
    lambda: {1} & [1],
    lambda: 1.5 << 1,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
x = 5
try:
    x += "s"
except TypeError as e:
    print(e)
