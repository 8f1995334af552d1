# Queue: a woken getter or putter that is cancelled hands its turn to the next waiter.
import asyncio

async def main():
    q = asyncio.Queue()
    log = []
    async def getter(n):
        try:
            log.append((n, await q.get()))
        except asyncio.CancelledError:
            log.append((n, "cancelled"))
            raise
    getters = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("a")
    getters[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))
    q.put_nowait("b")
    await asyncio.sleep(0)
    print(log, str(q), q.qsize())
    bounded = asyncio.Queue(1)
    bounded.put_nowait(0)
    async def putter(n):
        try:
            await bounded.put(n)
            log.append(("put", n))
        except asyncio.CancelledError:
            log.append(("put", n, "cancelled"))
            raise
    putters = [asyncio.create_task(putter(i)) for i in (1, 2, 3)]
    await asyncio.sleep(0)
    print(str(bounded), bounded.full())
    putters[1].cancel()
    print(bounded.get_nowait())
    putters[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[3:], str(bounded))
    results = await asyncio.gather(*putters, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(repr(q).startswith("<Queue at 0x"), repr(q).endswith(" maxsize=0 tasks=2>"))

asyncio.run(main())
