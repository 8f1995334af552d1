# wait_for(queue.get(), timeout) gives up without losing later items; put() wakes the right getter.
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.05)
    except TimeoutError:
        print("no item within the timeout")
    q.put_nowait("first")
    print("item kept for the next get:", await q.get())
    async def getter(name):
        item = await q.get()
        print(name, "got", item)
    tasks = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    tasks[1].cancel()   # g2 gives up; g1 and g3 keep their places
    await asyncio.sleep(0)
    for item in ("x", "y"):
        await q.put(item)
    await asyncio.gather(tasks[0], tasks[2])
    print("g2 cancelled:", tasks[1].cancelled(), "left in queue:", q.qsize())
    bounded = asyncio.Queue(1)
    bounded.put_nowait("full")
    try:
        await asyncio.wait_for(bounded.put("extra"), timeout=0.05)
    except TimeoutError:
        print("put timed out; queue holds", bounded.get_nowait(), bounded.empty())

asyncio.run(main())
