# A two-stage asyncio.Queue pipeline: producer -> squarer -> printer, None ends each stage.
import asyncio

async def producer(out_q):
    for n in range(1, 6):
        await out_q.put(n)
        print("produced", n)
    await out_q.put(None)

async def squarer(in_q, out_q):
    while True:
        n = await in_q.get()
        if n is None:
            await out_q.put(None)
            return "squarer done"
        await out_q.put(n * n)

async def printer(in_q):
    total = 0
    while True:
        value = await in_q.get()
        if value is None:
            return total
        print("got", value)
        total += value

async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(producer(q1), squarer(q1, q2), printer(q2))
    print(results)
    print(q1.empty(), q2.empty(), q1.qsize(), q2.qsize())

asyncio.run(main())
