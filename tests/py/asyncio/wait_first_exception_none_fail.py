# wait(FIRST_EXCEPTION) with no failures waits for everything; a pre-failed task returns at once.
import asyncio


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.1), ("b", 0.2))]
    start = loop.time()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), at_least(loop.time() - start, 0.2))
    bad = asyncio.create_task(job("bad", 0, fail=True), name="bad")
    await asyncio.sleep(0.01)
    slow = asyncio.create_task(job("slow", 0.3), name="slow")
    done, pending = await asyncio.wait([bad, slow], return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), repr(bad.exception()))
    done, pending = await asyncio.wait([bad, slow], return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED with one done:", names(done), names(pending))
    slow.cancel()
    done, pending = await asyncio.wait([slow], return_when=asyncio.ALL_COMPLETED)
    print(names(done), slow.cancelled())
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
