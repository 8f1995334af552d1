# run_in_executor with an explicit ThreadPoolExecutor: limited workers queue the calls.
import asyncio
import concurrent.futures
import threading
import time


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


def task(n):
    time.sleep(0.1)
    return n, threading.current_thread().name.startswith("pool")

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        start = loop.time()
        results = await asyncio.gather(*(loop.run_in_executor(pool, task, n) for n in range(4)))
        print(results)
        print("two at a time:", tenths(loop.time() - start))
    print("main thread name:", threading.current_thread().name)
    result = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("default executor:", result)
    def needs_kwargs(a, *, scale):
        return a * scale
    import functools
    print("kwargs via partial:", await loop.run_in_executor(None, functools.partial(needs_kwargs, 7, scale=3)))
    fut = loop.run_in_executor(None, time.sleep, 0.05)
    print("awaitable future:", isinstance(fut, asyncio.Future), await fut)

asyncio.run(main())
