# Awaiting a finished task again returns the same result or re-raises the same exception object.
import asyncio

async def value():
    await asyncio.sleep(0)
    return {"k": 1}

async def failure():
    await asyncio.sleep(0)
    raise ValueError("once")

async def main():
    t = asyncio.create_task(value())
    first = await t
    second = await t
    print(first, first is second, t.result() is first)
    f = asyncio.create_task(failure())
    caught = []
    for _ in range(2):
        try:
            await f
        except ValueError as e:
            caught.append(e)
    print([str(e) for e in caught], caught[0] is caught[1], f.exception() is caught[0])
    coro = value()
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    waiters = [asyncio.create_task(awaiter(t)) for _ in range(3)]
    print(await asyncio.gather(*waiters))

async def awaiter(task):
    return (await task)["k"]

asyncio.run(main())
