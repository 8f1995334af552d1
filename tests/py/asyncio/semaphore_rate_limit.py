# Rate limiting: Semaphore(3) lets 9 fetches of 0.1 s run three at a time (about 0.3 s in all).
import asyncio


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


active = 0
peak = 0

async def fetch(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.1)
        active -= 1
        return f"page{i}"

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(3)
    start = loop.time()
    pages = await asyncio.gather(*(fetch(sem, i) for i in range(9)))
    elapsed = loop.time() - start
    print(pages)
    print("peak concurrency:", peak)
    print("elapsed:", tenths(elapsed))
    print("semaphore free again:", not sem.locked())

asyncio.run(main())
