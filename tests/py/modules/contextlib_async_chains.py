# contextlib: async exception chains from asynccontextmanager and AsyncExitStack match nested async with
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(out)

@asynccontextmanager
async def converting(name):
    try:
        yield
    except Exception as exc:
        await asyncio.sleep(0)
        raise RuntimeError(f"{name} saw {type(exc).__name__}")

@asynccontextmanager
async def cleanup_fails(name):
    try:
        yield
    finally:
        raise KeyError(name)

async def nested():
    async with converting("outer"), cleanup_fails("middle"), converting("inner"):
        raise ValueError("body")

async def stacked():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(converting("outer"))
        await stack.enter_async_context(cleanup_fails("middle"))
        stack.callback(print, "sync callback runs between")
        await stack.enter_async_context(converting("inner"))
        raise ValueError("body")

async def main():
    for run in (nested, stacked):
        try:
            await run()
        except Exception as exc:
            print(run.__name__, "|", chain(exc))
        try:
            raise OSError("already handling")
        except OSError:
            try:
                await run()
            except Exception as exc:
                print("  while handling |", chain(exc))
    cm = converting("direct")
    await cm.__aenter__()
    try:
        await cm.__aexit__(ZeroDivisionError, None, None)
    except RuntimeError as exc:
        print(chain(exc))

asyncio.run(main())
