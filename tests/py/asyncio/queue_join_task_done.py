# Queue.join waits for task_done() of every item; extra task_done() raises ValueError.
import asyncio

async def worker(name, q):
    while True:
        n = await q.get()
        await asyncio.sleep(n / 100)
        print(f"{name} processed {n}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on an empty queue returns at once")
    for n in (20, 1, 2, 1):
        q.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("joined, unfinished:", q._unfinished_tasks)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
