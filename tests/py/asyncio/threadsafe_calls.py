# call_soon_threadsafe and run_coroutine_threadsafe hand work from a worker thread to the loop.
import asyncio

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

def worker(loop, fut):
    # runs in an executor thread
    loop.call_soon_threadsafe(fut.set_result, "set from a thread")
    cfut = asyncio.run_coroutine_threadsafe(double(21), loop)
    return cfut.result(timeout=5)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    result = await asyncio.to_thread(worker, loop, fut)
    print(await fut)
    print("coroutine result via thread:", result)
    try:
        asyncio.run_coroutine_threadsafe(double, loop)
    except TypeError as e:
        print("TypeError:", e)
    def failing_worker():
        cfut = asyncio.run_coroutine_threadsafe(broken(), loop)
        try:
            cfut.result(timeout=5)
        except KeyError as e:
            return f"worker saw KeyError {e}"
    async def broken():
        raise KeyError("missing")
    print(await loop.run_in_executor(None, failing_worker))

asyncio.run(main())
