# Errors from str indexing and mutation attempts, with CPython's messages.
s = "abc"
tests = [
    lambda: s[3],
    lambda: s[-4],
    lambda: s["1"],
    lambda: s[1.0],
    lambda: s.__setitem__(0, "x"),
    lambda: s.nosuch,
    lambda: "abc".index("d"),
    lambda: s + None,
    lambda: len(5),
    lambda: s * s,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
try:
    s[0] = "z"
except TypeError as e:
    print(f"TypeError: {e}")
try:
    del s[0]
except TypeError as e:
    print(f"TypeError: {e}")
