# asyncio.Condition: wait_for returns the predicate's value; notify without the lock is an error.
import asyncio

async def main():
    cond = asyncio.Condition()
    stock = []
    async def consumer(name, want):
        async with cond:
            got = await cond.wait_for(lambda: len(stock) >= want and stock[:want])
            del stock[:want]
            print(name, "took", got)
    tasks = [asyncio.create_task(consumer("c1", 2)), asyncio.create_task(consumer("c2", 3))]
    for item in range(1, 6):
        await asyncio.sleep(0.01)
        async with cond:
            stock.append(item)
            print("stocked", item)
            cond.notify_all()
    await asyncio.gather(*tasks)
    for method in (cond.notify, cond.notify_all):
        try:
            method()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("shared lock held:", lock.locked())
    print("released:", lock.locked())

asyncio.run(main())
