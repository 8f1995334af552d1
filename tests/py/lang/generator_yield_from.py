# yield from delegates to a sub-iterator and evaluates to the sub-generator's return value.
def inner(n):
    for i in range(n):
        yield f"inner {i}"
    return f"inner done ({n})"
def outer():
    result = yield from inner(2)
    print("outer got:", result)
    result2 = yield from inner(1)
    print("outer got:", result2)
    yield from [10, 20]
    yield from "ab"
    return "outer done"
g = outer()
for item in g:
    print(item)
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print(list(tree(t)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(3), "xy", (None,))))
def get_return():
    value = yield from outer()
    yield value
print(list(get_return())[-1])
