# Cancelling a task that awaits another task cancels the inner one too; a shielded or gathered one differs.
import asyncio

async def leaf(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def middle(inner):
    return await inner

async def main():
    log = []
    inner = asyncio.create_task(leaf("inner", log))
    outer = asyncio.create_task(middle(inner))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    await asyncio.sleep(0)
    print(log, "inner cancelled:", inner.cancelled(), "outer cancelled:", outer.cancelled())
    log.clear()
    inner = asyncio.create_task(leaf("shielded", log))
    outer = asyncio.create_task(middle(asyncio.shield(inner)))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(log, "shielded inner still running:", not inner.done())
    inner.cancel()
    await asyncio.gather(inner, return_exceptions=True)
    print(log)

asyncio.run(main())
