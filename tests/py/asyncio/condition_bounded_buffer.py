# asyncio.Condition bounded buffer: the producer waits while full, the consumer while empty.
import asyncio

CAPACITY = 2

async def producer(cond, buf, log):
    for item in range(6):
        async with cond:
            await cond.wait_for(lambda: len(buf) < CAPACITY)
            buf.append(item)
            log.append(f"put {item} -> {buf}")
            cond.notify_all()

async def consumer(cond, buf, log):
    got = []
    while len(got) < 6:
        async with cond:
            await cond.wait_for(lambda: buf)
            got.append(buf.pop(0))
            log.append(f"got {got[-1]} -> {buf}")
            cond.notify_all()
        await asyncio.sleep(0.03)
    return got

async def main():
    cond = asyncio.Condition()
    buf, log = [], []
    _, got = await asyncio.gather(producer(cond, buf, log), consumer(cond, buf, log))
    print("\n".join(log))
    print("consumed:", got)
    print("max buffer respected:", all(line.count(",") < CAPACITY for line in log))

asyncio.run(main())
