# asyncio.Semaphore limits concurrency
# A semaphore lets at most N tasks into a block at once; the others wait in line for a free slot.

import asyncio
import time

start = time.perf_counter()


async def download(n, slots):
    async with slots:  # waits here while 2 downloads are already running
        print(f"download {n} starts at {round(time.perf_counter() - start, 1)} s")
        await asyncio.sleep(0.3)


async def main():
    slots = asyncio.Semaphore(2)  # at most 2 downloads at the same time
    await asyncio.gather(*(download(n, slots) for n in range(1, 7)))
    print(f"6 downloads of 0.3 s, 2 at a time: {round(time.perf_counter() - start, 1)} s")


asyncio.run(main())
