# Cancelling gather() cancels its children; a cancelled child fails the gather.
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise

async def main():
    g = asyncio.gather(sleeper("a", 1), sleeper("b", 1))
    await asyncio.sleep(0.01)
    print("cancel:", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args, g.cancelled())
    t = asyncio.create_task(sleeper("c", 1))
    g2 = asyncio.gather(t, sleeper("d", 0.02))
    await asyncio.sleep(0.01)
    t.cancel("just c")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2 raised CancelledError", e.args, "g2 cancelled:", g2.cancelled())
    await asyncio.sleep(0.02)
    t2 = asyncio.create_task(sleeper("e", 1))
    g3 = asyncio.gather(t2, sleeper("f", 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    t2.cancel()
    print([type(r).__name__ for r in await g3])
    print("done-gather cancel:", g3.cancel())

asyncio.run(main())
