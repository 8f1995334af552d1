# as_completed yields results in completion order; a timeout raises TimeoutError.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.15), ("b", 0.01), ("c", 0.08))]
    for i, next_done in enumerate(asyncio.as_completed(tasks)):
        print(i, await next_done)
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("fast", 0.01), ("slow", 0.5))]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.1):
            print(await next_done)
    except asyncio.TimeoutError:
        print("timed out waiting for the rest")
    tasks[1].cancel()
    try:
        asyncio.as_completed(tasks[0])
        print("no error before iterating")
        next(asyncio.as_completed(tasks[0]))
    except TypeError as e:
        print("TypeError", e)
    bad = asyncio.create_task(job(None, 0))
    async def boom():
        raise KeyError("k")
    for aw in asyncio.as_completed([asyncio.create_task(boom()), bad]):
        try:
            print(await aw)
        except KeyError as e:
            print("KeyError", e)

asyncio.run(main())
