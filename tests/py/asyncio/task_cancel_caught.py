# A task may catch CancelledError and finish normally; cancellation arrives at its next await.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught the cancellation, tidying up")
        await asyncio.sleep(0.01)
        return "finished anyway"

async def busy():
    print("busy: step 1")
    total = sum(range(1000))
    print("busy: computed", total)
    await asyncio.sleep(0)
    print("busy: never printed")

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print("result:", await t, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    b = asyncio.create_task(busy())
    await asyncio.sleep(0)
    b.cancel()
    try:
        await b
    except asyncio.CancelledError:
        print("busy cancelled at its first await")
    async def swallow_forever():
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed", i)
        return "survived"
    s = asyncio.create_task(swallow_forever())
    for _ in range(3):
        await asyncio.sleep(0)
        s.cancel()
    print(await s, s.cancelling())

asyncio.run(main())
