# bench: 50,000 tasks created with asyncio.create_task() and then gathered.
# Prints one line: RESULT many_tasks <seconds> s
import asyncio
import time

N = 50_000


async def work(i):
    return i


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(work(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    assert sum(results) == N * (N - 1) // 2
    print(f"RESULT many_tasks {elapsed:.6f} s")


asyncio.run(main())
