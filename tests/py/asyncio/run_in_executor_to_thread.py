# run_in_executor and to_thread run blocking functions in threads and await their results.
import asyncio
import time

def blocking(n, delay):
    time.sleep(delay)
    return n * n

def failing():
    raise ValueError("from a thread")

async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, blocking, 0, 0)  # the pool exists before the clock starts
    start = loop.time()
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, 3, 0.3),
        asyncio.to_thread(blocking, 4, 0.3),
        asyncio.to_thread(blocking, n=5, delay=0.3),
    )
    print(results, "in parallel:", loop.time() - start < 0.75)  # one after another: 0.9 s
    try:
        await loop.run_in_executor(None, failing)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("ValueError again:", e)
    fut = loop.run_in_executor(None, blocking, 6, 0)
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)
    # the loop keeps running other tasks while a thread works
    async def ticker():
        for i in range(3):
            print("tick", i)
            await asyncio.sleep(0.02)
    t = asyncio.create_task(ticker())
    print("thread result", await asyncio.to_thread(blocking, 7, 0.2))
    await t

asyncio.run(main())
print("executor shut down")
