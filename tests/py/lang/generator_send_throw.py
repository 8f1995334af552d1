# generator.throw() raises inside the generator at the paused yield; it may handle and continue.
def resilient():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"
g = resilient()
next(g)
g.send(1)
print(g.throw(ValueError("bad value")))
next(g)
g.send(2)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", e)
print(next(g, "generator is closed"))
def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except OverflowError:
            n = 0
c = counter()
print(next(c), next(c), next(c), c.throw(OverflowError), next(c))
fresh = counter()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("raised at start:", e)
print(next(fresh, "dead"))
