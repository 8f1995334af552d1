# bench: 50,000 messages ping-ponged between two tasks through two asyncio.Queues.
# Prints one line: RESULT queue_pingpong <seconds> s
import asyncio
import time

N = 50_000


async def ponger(ping, pong):
    while True:
        n = await ping.get()
        await pong.put(n + 1)
        if n < 0:
            return


async def main():
    ping = asyncio.Queue()
    pong = asyncio.Queue()
    other = asyncio.create_task(ponger(ping, pong))
    start = time.perf_counter()
    total = 0
    for i in range(N // 2):
        await ping.put(i)
        total += await pong.get()
    elapsed = time.perf_counter() - start
    await ping.put(-1)
    await pong.get()
    await other
    assert total == (N // 2) * (N // 2 + 1) // 2, total
    print(f"RESULT queue_pingpong {elapsed:.6f} s")


asyncio.run(main())
