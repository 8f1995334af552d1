# anext() with a default awaits what __anext__ gives: it can be cancelled by a timeout, and it returns the item.
import asyncio
async def slow():
    await asyncio.sleep(1)
    yield 1
async def fast():
    await asyncio.sleep(0)
    yield "x"
async def main():
    try:
        await asyncio.wait_for(anext(slow(), None), 0.01)
    except TimeoutError:
        print("timed out")
    print(await anext(fast(), None))
    aw = anext(fast(), 7)
    print(type(aw).__name__)
    print(await aw)
asyncio.run(main())
