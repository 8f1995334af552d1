# Truthiness of values and containers in if/while/bool(), including __bool__ and __len__.
values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, range(0), range(1), frozenset()]
for v in values:
    print(f"{v!r:>12} -> {bool(v)}")
items = [3, 0, 2]
while items:
    top = items.pop()
    if top:
        print("truthy", top)
    else:
        print("falsy", top)
print([] or "empty", [1] and "full")
