# Function annotations: evaluated when the def runs (in CPython 3.11's order), mangled in a
# class, kept by functools.wraps, on async defs and closures; a lambda has none.
import functools
order = []
def note(x):
    order.append(x)
    return x
def f(p: note("p"), /, a: note("a") = note("default a"), *c: note("c"), d: note("d") = 1, **e: note("e")) -> note("ret"):
    pass
print(f.__annotations__)
print(order)
class K:
    def m(self, __q: int, r: "str") -> None:
        pass
print(K.m.__annotations__)
g = lambda x: x
print(g.__annotations__)
@functools.wraps(f)
def w(*args):
    return f(*args)
print(w.__annotations__ == f.__annotations__, w.__wrapped__ is f)
async def co(x: int) -> list[int]:
    return [x]
print(co.__annotations__)
def outer():
    T = dict
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__)
