# gather accepts coroutines, tasks and futures together; the same awaitable twice is run only once.
import asyncio

runs = []

async def compute(x):
    runs.append(x)
    await asyncio.sleep(0.01)
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "future value")
    task = asyncio.create_task(compute(3))
    coro = compute(4)
    results = await asyncio.gather(compute(2), task, fut, coro, coro, task)
    print(results)
    print("runs:", sorted(runs))
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.gather(done, done))
    outer = asyncio.gather(compute(5), compute(6))
    print(isinstance(outer, asyncio.Future), await outer)

asyncio.run(main())
