# Generators keep local state across yields; try/finally inside runs when exhausted or closed.
def resource(name):
    print("open", name)
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print("close", name)
for item in resource("A"):
    print("use", item)
r = resource("B")
print("use", next(r))
r.close()
def stateful():
    seen = []
    while True:
        item = yield list(seen)
        seen.append(item)
s = stateful()
next(s)
for word in ("x", "y", "z"):
    print(s.send(word))
def gen_in_gen():
    for i in range(2):
        def inner():
            yield i * 10
            yield i * 10 + 1
        yield from inner()
print(list(gen_in_gen()))
g = (n for n in range(3))
print(next(g), next(g))
g.close()
print(list(g))
