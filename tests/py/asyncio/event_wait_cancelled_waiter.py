# Cancelling one task blocked in Event.wait() leaves the others waiting; set() wakes just those.
import asyncio

async def waiter(name, event, log):
    try:
        await event.wait()
        log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    event = asyncio.Event()
    log = []
    tasks = {n: asyncio.create_task(waiter(n, event, log)) for n in ("a", "b", "c")}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    await asyncio.sleep(0)
    print(log)
    event.set()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log)
    print({n: t.cancelled() for n, t in tasks.items()})
    late = asyncio.create_task(waiter("late", event, log))
    await late
    print(log[-1])

asyncio.run(main())
