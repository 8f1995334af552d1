# Barrier: tasks wait until all parties arrive, get distinct indexes; abort breaks it.
import asyncio

async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    indexes = await asyncio.gather(runner(barrier, "a", 0.15), runner(barrier, "b", 0),
                                   runner(barrier, "c", 0.07))
    print(sorted(indexes), barrier.n_waiting)
    # a second round reuses the barrier
    print(await asyncio.gather(*(runner(barrier, n, 0) for n in "xyz")))
    async def stuck():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0.01)
    await barrier.abort()
    await t
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await barrier.reset()
    print("after reset broken:", barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
