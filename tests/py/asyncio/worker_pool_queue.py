# A pool of worker tasks drains an asyncio.Queue; join() then cancelling the idle workers.
import asyncio

async def worker(name, q, done):
    try:
        while True:
            job = await q.get()
            await asyncio.sleep(job / 200)
            done.append((job, name))
            q.task_done()
    except asyncio.CancelledError:
        print(name, "cancelled while idle")
        raise

async def main():
    q = asyncio.Queue()
    for job in (30, 10, 20, 5, 5, 40):
        q.put_nowait(job)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", q, done)) for i in range(3)]
    await q.join()
    print("all jobs done:", sorted(j for j, _ in done))
    print("queue empty:", q.empty(), q.qsize())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(all(w.cancelled() for w in workers))

asyncio.run(main())
