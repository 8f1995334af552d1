# Semaphore limits concurrency; BoundedSemaphore refuses extra releases.
import asyncio

async def job(sem, name, active):
    async with sem:
        active.append(name)
        print(name, "running with", sorted(active))
        await asyncio.sleep(0)  # yield steps, not time: the interleaving is exact
        await asyncio.sleep(0)
        active.remove(name)
    print(name, "left")

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(job(sem, f"j{i}", active) for i in range(5)))
    print("locked:", sem.locked(), "value:", sem._value)
    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    print("bounded locked:", bsem.locked())
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    async def late_release():
        await asyncio.sleep(0.01)
        print("releasing")
        s0.release()
    asyncio.create_task(late_release())
    print(await s0.acquire(), s0.locked())
    print(repr(sem).endswith("[unlocked, value:2]>"))

asyncio.run(main())
