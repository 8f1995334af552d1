# Task step errors: bad yields, awaiting itself, yield instead of yield from; custom awaitables.
import asyncio

class BadYield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield self.value

class Ticks:
    """An awaitable that gives up control twice with bare yields, then returns."""
    def __await__(self):
        yield
        yield
        return "ticked"

async def await_bad(value):
    try:
        await BadYield(value)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "recovered"

async def main():
    print(await asyncio.create_task(await_bad(5)))
    print(await asyncio.create_task(await_bad("text")))
    async def self_await():
        try:
            await asyncio.current_task()
        except RuntimeError as e:
            print(str(e).split(":")[0])
    await asyncio.create_task(self_await())
    fut = asyncio.get_running_loop().create_future()
    async def not_blocking():
        try:
            await BadYield(fut)
        except RuntimeError as e:
            print(str(e).split(" in task")[0])
    await asyncio.create_task(not_blocking())
    order = []
    async def counter():
        for i in range(3):
            order.append(i)
            await asyncio.sleep(0)
    t = asyncio.create_task(counter())
    print(await Ticks(), order)
    print(await asyncio.ensure_future(Ticks()))
    await t
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
