# shield(): cancelling the waiter does not cancel the shielded task.
import asyncio

async def important(go):
    await go.wait()
    print("important work finished")
    return "saved"

async def waiter(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("waiter cancelled, inner done:", task.done())
        raise

async def main():
    go = asyncio.Event()
    inner = asyncio.create_task(important(go))
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled())
    go.set()
    print("inner result:", await inner)
    # shield of a done future is the future itself
    print(asyncio.shield(inner) is inner)
    # cancelling the inner task cancels the shield's outer future
    inner2 = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    async def fails():
        raise OSError("disk")
    try:
        await asyncio.shield(fails())
    except OSError as e:
        print("OSError", e)

asyncio.run(main())
