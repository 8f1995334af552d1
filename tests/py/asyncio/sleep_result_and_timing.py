# sleep(delay, result) returns result after at least delay; sleep(0) and negative delays yield once.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(0.05, result="slept"))
    elapsed = loop.time() - start
    print(elapsed >= 0.05, elapsed < 0.5)
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-5, "negative"))
    t0 = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(0.05) for _ in range(20)))
    print("20 concurrent sleeps overlap:", time.monotonic() - t0 < 0.5)
    print(abs(loop.time() - time.monotonic()) < 0.05)
    seen = []
    async def sleeper(name, delay):
        await asyncio.sleep(delay)
        seen.append(name)
    await asyncio.gather(sleeper("c", 0.09), sleeper("a", 0.01), sleeper("b", 0.05), sleeper("zero", 0))
    print(seen)
    s = asyncio.sleep(1)
    print(asyncio.iscoroutine(s), type(s).__name__)
    s.close()

asyncio.run(main())
