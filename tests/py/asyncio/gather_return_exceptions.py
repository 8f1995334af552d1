# gather: the first exception propagates (others keep running), or is returned in place.
import asyncio

async def ok(n, delay=0):
    await asyncio.sleep(delay)
    print("ok", n)
    return n

async def bad(msg, delay=0):
    await asyncio.sleep(delay)
    print("raising", msg)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(ok(1), bad("x"), ok(2, 0.01), return_exceptions=True))
    slow = asyncio.create_task(ok(3, 0.2))
    try:
        await asyncio.gather(bad("first", 0.01), slow, bad("second", 0.15))
    except ValueError as e:
        print("caught", e, "slow done:", slow.done())
    print("slow result", await slow)
    await asyncio.sleep(0.01)
    r = await asyncio.gather(bad("a"), ok(4), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])

asyncio.run(main())
