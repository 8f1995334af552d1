# contextlib.AsyncExitStack: async and sync managers/callbacks mixed, LIFO, suppression, chains
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager

@asynccontextmanager
async def ares(name):
    print("aenter", name)
    try:
        yield name
    finally:
        print("aexit", name)

@contextmanager
def sres(name):
    print("enter", name)
    yield name
    print("exit", name)

class Swallow:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, exc, tb):
        print("Swallow got", repr(exc))
        return True

async def acb(*args, **kwargs):
    print("async callback", args, kwargs)

async def failing(*details):
    raise KeyError("from aexit")

async def main():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ares("a")))
        print(stack.enter_context(sres("b")))
        print(stack.push_async_callback(acb, 1, k=2) is acb)
        stack.callback(print, "sync callback")
        stack.push_async_exit(Swallow())
        stack.push_async_exit(failing)
        print("body")
    print("exited, KeyError swallowed")
    stack = AsyncExitStack()
    await stack.enter_async_context(ares("c"))
    later = stack.pop_all()
    await stack.aclose()
    print("nothing yet")
    await later.aclose()
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(failing)
            stack.push(lambda *d: print("sync exit sees", repr(d[1])))
            raise ValueError("body")
    except KeyError as exc:
        print(repr(exc), "context:", repr(exc.__context__))
    try:
        await AsyncExitStack().enter_async_context(sres("x"))
    except TypeError as exc:
        print(exc)

asyncio.run(main())
