# Each coroutine and generator keeps its own "exception being handled": awaiting inside an
# except block, then a bare raise, re-raises its own exception even if other tasks handled
# others meanwhile; sys.exc_info() does not leak out of a suspended generator.
import asyncio
import sys


async def worker(name, exc, delay):
    try:
        raise exc
    except Exception:
        await asyncio.sleep(delay)
        print(name, "handling", repr(sys.exc_info()[1]))
        try:
            raise
        except Exception as again:
            print(name, "re-raised", repr(again))


async def main():
    await asyncio.gather(worker("a", KeyError("ka"), 0.02), worker("b", ValueError("vb"), 0.01))
    print("after gather", sys.exc_info())


asyncio.run(main())


def gen():
    try:
        raise IndexError("inner")
    except IndexError:
        yield "in handler"
        print("resumed with", repr(sys.exc_info()[1]))
        yield "still"


g = gen()
print(next(g), sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(next(g), repr(sys.exc_info()[1]))
try:
    g.throw(ZeroDivisionError("thrown"))
except ZeroDivisionError as e:
    print("context of thrown:", repr(e.__context__))
