# A failing task in a TaskGroup cancels its siblings; errors come out as an ExceptionGroup.
import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    print("raising", repr(exc))
    raise exc

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(fail(0.01, ValueError("bad value")))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, KeyError("k")))  # both due in the same loop step
            tg.create_task(fail(0, TypeError("t")))
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body:", eg.message, eg.exceptions)
    print("current task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
