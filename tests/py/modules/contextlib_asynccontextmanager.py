# contextlib.asynccontextmanager: async with, exceptions at the yield, misuse errors
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def resource(name, swallow=()):
    await asyncio.sleep(0)
    print("open", name)
    try:
        yield name * 2
    except swallow as exc:
        print("swallowed", repr(exc))
    finally:
        await asyncio.sleep(0)
        print("close", name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def main():
    async with resource("ab") as v, resource("c") as w:
        print("body", v, w)
    async with resource("x", swallow=KeyError):
        raise KeyError("gone")
    try:
        async with resource("y", swallow=KeyError):
            raise ValueError("kept")
    except ValueError as exc:
        print("propagated", exc)
    for factory in (no_yield, two_yields):
        try:
            async with factory():
                pass
        except RuntimeError as exc:
            print(factory.__name__, exc)
    try:
        async with resource("s"):
            raise StopAsyncIteration("body")
    except StopAsyncIteration as exc:
        print("StopAsyncIteration kept", exc)
    try:
        async with resource("t"):
            raise StopIteration("body")
    except StopIteration as exc:
        print("StopIteration kept", exc)
    print(resource.__name__, type(resource("z")).__name__)


asyncio.run(main())
