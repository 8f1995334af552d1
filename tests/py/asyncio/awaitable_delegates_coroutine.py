# A custom __await__ may delegate with yield from coro.__await__() or a future's __await__().
import asyncio

async def fetch(x):
    await asyncio.sleep(0.01)
    return x * 10

class Delegating:
    def __init__(self, x):
        self.x = x

    def __await__(self):
        first = yield from fetch(self.x).__await__()
        second = yield from asyncio.sleep(0, "slept").__await__()
        return first, second

class FutureBacked:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.01, fut.set_result, "from future")
        return (yield from fut.__await__())

async def main():
    print(await Delegating(4))
    print(await FutureBacked())
    w = fetch(1).__await__()
    print(hasattr(w, "__next__"), hasattr(w, "send"), hasattr(w, "throw"))
    w.close()
    print(await asyncio.gather(Delegating(1), FutureBacked()))

asyncio.run(main())
