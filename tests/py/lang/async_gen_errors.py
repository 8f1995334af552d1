# Async generator errors: already running, ignored GeneratorExit, reused awaitables, bad sends, PEP 479.
class Pause:
    def __await__(self):
        yield "pause"
async def slow():
    await Pause()
    yield 1
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
async def leaks():
    raise StopAsyncIteration
    yield
def drive(aw):
    try:
        while True:
            print("  passes through:", aw.send(None))
    except StopIteration as e:
        return ("done", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))
g = slow()
first = g.__anext__()
print(first.send(None))
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.athrow(ValueError)))
print(drive(first))
print(drive(first))
g = stubborn()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(slow().asend("x")))
print(drive(leaks().__anext__()))
a = slow().aclose()
print(drive(a), drive(a))
g = slow()
print(drive(g.athrow(KeyError("k"))), drive(g.__anext__()))
print(type(g.__anext__()).__name__, type(g.aclose()).__name__, g.__aiter__() is g)
