# Dict errors: KeyError repr, unhashable keys, popitem on empty, bad constructor input.
d = {"a": 1}
tests = [
    lambda: d["missing"],
    lambda: d[("t", 1)],
    lambda: d[[1]],
    lambda: {}.popitem(),
    lambda: d.pop("zz"),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: {[]: 1},
    lambda: d.nope,
    lambda: dict(1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}", repr(e))
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[0]
except LookupError as e:
    print(type(e).__name__, isinstance(e, LookupError), str(e))
