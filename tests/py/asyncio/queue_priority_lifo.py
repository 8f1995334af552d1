# PriorityQueue returns the smallest item first, LifoQueue the newest.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    items = []
    while not lq.empty():
        items.append(await lq.get())
    print(lq.full(), items)
    # a getter waiting on an empty LifoQueue is woken by the next put
    async def getter():
        print("waiting")
        item = await lq.get()
        print("got", item)
    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    lq.put_nowait("late")
    print("put late")
    await t
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))
    print(type(pq).__name__, type(lq).__name__, str(pq))

asyncio.run(main())
