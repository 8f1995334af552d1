# PriorityQueue with (priority, seq, payload) tuples: ties broken by seq; a getter wakes on put.
import asyncio
import itertools

async def main():
    pq = asyncio.PriorityQueue()
    seq = itertools.count()
    for prio, job in ((2, "write report"), (1, "fix outage"), (3, "lunch"), (1, "call boss"), (2, "review")):
        await pq.put((prio, next(seq), job))
    while not pq.empty():
        prio, n, job = await pq.get()
        print(prio, n, job)
        pq.task_done()
    async def late_putter():
        await asyncio.sleep(0.05)
        print("putting")
        await pq.put((0, next(seq), "urgent"))
    t = asyncio.create_task(late_putter())
    print("waiting for an item")
    print("got", await pq.get())
    await t
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put("a")
    await lq.put("b")
    async def drain():
        await asyncio.sleep(0.05)
        print("drained", lq.get_nowait())
    d = asyncio.create_task(drain())
    await lq.put("c")
    print("put c after room was made:", [lq.get_nowait() for _ in range(lq.qsize())])
    await d

asyncio.run(main())
