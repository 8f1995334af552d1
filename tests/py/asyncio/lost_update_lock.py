# A deterministic lost update: read, await, write loses increments; an asyncio.Lock fixes it.
import asyncio

class Counter:
    def __init__(self):
        self.value = 0

async def unsafe_increment(counter):
    current = counter.value
    await asyncio.sleep(0)      # every task reads before any task writes
    counter.value = current + 1

async def safe_increment(counter, lock):
    async with lock:
        current = counter.value
        await asyncio.sleep(0)
        counter.value = current + 1

async def main():
    c = Counter()
    await asyncio.gather(*(unsafe_increment(c) for _ in range(10)))
    print("without lock:", c.value)
    c = Counter()
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(c, lock) for _ in range(10)))
    print("with lock:", c.value)
    print("lock free:", not lock.locked())

asyncio.run(main())
