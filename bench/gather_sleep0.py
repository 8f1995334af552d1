# bench: 20,000 iterations of `await asyncio.gather(t(), t())`, where t() awaits asyncio.sleep(0).
# Prints one line: RESULT gather_sleep0 <seconds> s
import asyncio
import time

N = 20_000


async def t():
    await asyncio.sleep(0)


async def main():
    start = time.perf_counter()
    for _ in range(N):
        await asyncio.gather(t(), t())
    elapsed = time.perf_counter() - start
    print(f"RESULT gather_sleep0 {elapsed:.6f} s")


asyncio.run(main())
