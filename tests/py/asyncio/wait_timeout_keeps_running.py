# wait(timeout=...) does not cancel unfinished tasks (unlike wait_for); they finish later.
import asyncio


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in (("quick", 0.05), ("slow", 0.4))}
    start = loop.time()
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print("after timeout:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("elapsed:", at_least(loop.time() - start, 0.2))
    (slow,) = pending
    print("slow cancelled?", slow.cancelled(), "done?", slow.done())
    print("result:", await slow)
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("timeout=0 on finished tasks:", len(done), len(pending))
    t = asyncio.create_task(job("zero", 0.05))
    done, pending = await asyncio.wait([t], timeout=0)
    print("timeout=0 on a fresh task:", len(done), len(pending))
    await t

asyncio.run(main())
