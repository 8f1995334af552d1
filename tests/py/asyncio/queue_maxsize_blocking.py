# A bounded Queue: put() blocks while full; put_nowait/get_nowait raise QueueFull/QueueEmpty.
import asyncio

async def slow_reader(q):
    for _ in range(4):
        await asyncio.sleep(0.01)
        print("reader took", q.get_nowait(), "full:", q.full())

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__module__)
    reader = asyncio.create_task(slow_reader(q))
    await q.put(3)
    print("put 3 after waiting")
    await q.put(4)
    print("put 4 after waiting")
    await reader
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out; getters left:", len(q._getters))
    q.put_nowait("x")
    print(await q.get())
    print(asyncio.Queue(0).full(), asyncio.Queue(-1).full())

asyncio.run(main())
