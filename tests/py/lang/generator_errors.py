# Generator misuse: sending non-None to a fresh generator, re-entering a running generator.
def gen():
    x = yield 1
    yield x
g = gen()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send("now fine"))
def reentrant():
    yield next(self_ref)
self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)
def raises():
    yield 1
    raise ValueError("inside generator")
r = raises()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "exhausted after exception"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    gen().throw("not an exception")
except TypeError as e:
    print("TypeError:", e)
