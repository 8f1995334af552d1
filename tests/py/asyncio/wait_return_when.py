# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.25), ("b", 0.01), ("c", 0.15))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), names(pending), [t.result() for t in tasks])
    tasks = [asyncio.create_task(job("x", 0.01), name="x"),
             asyncio.create_task(job("y", 0.05, fail=True), name="y"),
             asyncio.create_task(job("z", 0.3), name="z")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending), repr(tasks[1].exception()))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print("timeout:", names(done), names(pending))
    tasks[2].cancel()
    done, pending = await asyncio.wait(tasks)
    print("after cancel:", names(done), tasks[2].cancelled())
    for bad in ([], tasks[0]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    coro = job("never", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()

asyncio.run(main())
