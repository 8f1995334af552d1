# Lock: one holder at a time, waiters acquire in FIFO order; releasing an unlocked lock fails.
import asyncio

async def use(lock, name, hold):
    print(name, "wants the lock, locked:", lock.locked())
    async with lock:
        print(name, "holds the lock")
        await asyncio.sleep(hold)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, "a", 0.02), use(lock, "b", 0.01), use(lock, "c", 0))
    print("locked at end:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    # a cancelled waiter does not get the lock
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", waiter.cancelled())
    lock.release()
    print("locked after release:", lock.locked())
    print(repr(lock).endswith("[unlocked]>"), type(lock).__module__)

asyncio.run(main())
