# Sequential awaits vs asyncio.gather
# Awaiting coroutines one by one adds up their waits; asyncio.gather waits for all of them at the same time.

import asyncio
import time


async def fetch(name):
    await asyncio.sleep(0.5)  # pretend to wait for the network
    return name + " ok"


async def main():
    start = time.perf_counter()
    a = await fetch("a")  # the next line starts only when this one is done
    b = await fetch("b")
    c = await fetch("c")
    print("one by one:", [a, b, c], round(time.perf_counter() - start, 1), "s")

    start = time.perf_counter()
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print("gather:    ", results, round(time.perf_counter() - start, 1), "s")


asyncio.run(main())
