# Condition: notify(n) wakes n waiters in order, notify_all the rest; wait_for re-checks.
import asyncio

async def consumer(cond, name, box):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "notified, lock held:", cond.locked())

async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    async def wait_positive():
        async with cond:
            value = await cond.wait_for(lambda: box and box[-1] > 0)
            print("predicate true:", value, box)
    t = asyncio.create_task(wait_positive())
    for v in (-1, 0, 5):
        await asyncio.sleep(0)
        async with cond:
            box.append(v)
            cond.notify()
    await t
    for bad in (cond.notify, cond.wait):
        try:
            r = bad()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print("RuntimeError:", e)

asyncio.run(main())
