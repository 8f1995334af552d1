# Queue: producers and consumers interleave; waiting getters are served first come, first served.
import asyncio

async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}{item}")
        print(f"put {name}{item} (size {q.qsize()})")
        await asyncio.sleep(0)

async def consumer(q, name, log):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stops")
            return
        log.append((name, item))
        print(name, "got", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    await asyncio.sleep(0)
    await asyncio.gather(producer(q, "a", range(3)), producer(q, "b", range(2)))
    await q.join()
    print("all items processed:", len(log))
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(q.empty(), q.qsize(), str(q))

asyncio.run(main())
