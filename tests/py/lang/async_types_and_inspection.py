# Types of coroutine objects, coroutine functions, async generators and their protocol methods.
async def coro_fn():
    return 1
async def agen_fn():
    yield 1
def gen_fn():
    yield 1
c = coro_fn()
ag = agen_fn()
g = gen_fn()
print(type(c).__name__, type(ag).__name__, type(g).__name__)
print(hasattr(c, "__await__"), hasattr(g, "__await__"), hasattr(ag, "__anext__"))
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"), hasattr(c, "__next__"))
print(hasattr(ag, "asend"), hasattr(ag, "athrow"), hasattr(ag, "aclose"), hasattr(ag, "__aiter__"))
print(c.__name__, c.__qualname__, ag.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(callable(coro_fn), type(coro_fn).__name__, type(agen_fn).__name__)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in ag:
        pass
except TypeError as e:
    print("TypeError:", e)
ag.aclose().close()
g.close()
