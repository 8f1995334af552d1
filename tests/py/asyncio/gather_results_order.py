# gather returns results in argument order, whatever the completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name * 2

async def main():
    results = await asyncio.gather(job("a", 0.3), job("b", 0.02), job("c", 0.15))
    print(results)
    # plain futures and tasks mix with coroutines; a repeated awaitable runs once
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    task = asyncio.create_task(job("t", 0))
    print(await asyncio.gather(fut, task, fut, job("d", 0)))
    print(await asyncio.gather())
    g = asyncio.gather(job("e", 0))
    print(type(g).__name__, g.done())
    print(await g, g.done())

asyncio.run(main())
