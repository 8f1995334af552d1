# `and`/`or` return an operand (not a bool) and evaluate lazily.
def show(x):
    print("eval", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or [] or None, "a" and "b" and "c")
print(None and show(1))
print(0 or show("fallback"))
print(show(1) and show(0) and show(2))
print(show(0) or show("") or show("last"))
x = []
name = x and x[0]
print(repr(name))
print([] or {}, {} and [])
print(not (1 and 0), not 0 or 0)
values = [0, 1, "", "s", None, [1]]
print([bool(v) for v in values])
