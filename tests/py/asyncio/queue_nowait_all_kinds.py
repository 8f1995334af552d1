# put_nowait/get_nowait on Queue, LifoQueue and PriorityQueue: order, full(), QueueFull, QueueEmpty.
import asyncio

async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(maxsize=3)
        for item in (5, 1, 3):
            q.put_nowait(item)
        print(cls.__name__, "maxsize", q.maxsize, "full", q.full(), "qsize", q.qsize())
        try:
            q.put_nowait(9)
        except asyncio.QueueFull as e:
            print("  QueueFull", repr(e))
        print("  order:", [q.get_nowait() for _ in range(3)])
        try:
            q.get_nowait()
        except asyncio.QueueEmpty as e:
            print("  QueueEmpty", repr(e), q.empty())
    unbounded = asyncio.Queue(maxsize=0)
    for i in range(100):
        unbounded.put_nowait(i)
    print("maxsize 0 never full:", unbounded.full(), unbounded.qsize())
    negative = asyncio.Queue(-5)
    negative.put_nowait("x")
    print("negative maxsize:", negative.maxsize, negative.full())
    print(issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.QueueEmpty, Exception))
    print(issubclass(asyncio.LifoQueue, asyncio.Queue), issubclass(asyncio.PriorityQueue, asyncio.Queue))

asyncio.run(main())
