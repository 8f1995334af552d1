# Tasks interleave exactly at each sleep(0): one loop iteration per bare yield.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name.upper()

async def main():
    print("main start")
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    c = asyncio.create_task(worker("c", 1))
    print("tasks created")
    await asyncio.sleep(0)
    print("main after one yield")
    results = [await a, await b, await c]
    print("results", results)

asyncio.run(main())
