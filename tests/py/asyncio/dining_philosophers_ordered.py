# Dining philosophers with asyncio locks: each takes the lower-numbered fork first, so all of them eat.
import asyncio

N = 5

async def philosopher(i, forks, meals, log):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(meals):
        async with forks[first]:
            await asyncio.sleep(0)      # everyone grabs a first fork before anyone gets a second
            async with forks[second]:
                log.append(i)
                await asyncio.sleep(0.01)

async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    log = []
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(N))), timeout=5)
    print("meals eaten:", len(log))
    print("each ate twice:", sorted(log) == sorted(list(range(N)) * 2))
    print("forks on the table:", [f.locked() for f in forks])

asyncio.run(main())
