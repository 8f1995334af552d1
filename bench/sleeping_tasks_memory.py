# bench: 100,000 tasks alive at once, each sleeping in asyncio.sleep(0.5), then gathered.
# The runner measures the process's peak resident memory around it (the program cannot).
# report: rss
# Prints one line: RESULT sleeping_tasks_memory <seconds> s
import asyncio
import time

N = 100_000


async def sleeper(i):
    await asyncio.sleep(0.5)
    return i


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(sleeper(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    assert len(results) == N
    print(f"RESULT sleeping_tasks_memory {elapsed:.6f} s")


asyncio.run(main())
