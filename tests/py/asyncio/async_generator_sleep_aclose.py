# Async generators under asyncio: awaits inside the generator, async for/else, break then aclose(), asend/athrow.
import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finally", n)

async def echo():
    got = None
    while True:
        try:
            got = yield got
        except KeyError as e:
            got = f"caught {e}"
        await asyncio.sleep(0)

async def main():
    async for i in ticker(3, 0.001):
        print("tick", i)
    else:
        print("loop else")
    gen = ticker(5, 0)
    async for i in gen:
        if i == 1:
            break
    print("after break, running:", gen.ag_running)
    await gen.aclose()
    print("closed")
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.athrow(KeyError("k")))
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    results = await asyncio.gather(*(collect(n) for n in (1, 2, 3)))
    print(results)

async def collect(n):
    return [x async for x in ticker(n, 0)]

asyncio.run(main())
