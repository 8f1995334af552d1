# get_running_loop is the same loop in every task; loop.time() increases; each run() makes a new loop.
import asyncio


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


loops = []

async def report(name):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    return name, loop.is_running()

async def main():
    loop = asyncio.get_running_loop()
    loops.clear()
    print(await asyncio.gather(report("a"), report("b")))
    print("same loop everywhere:", all(l is loop for l in loops))
    print("get_event_loop inside a coroutine:", asyncio.get_event_loop() is loop)
    t0 = loop.time()
    await asyncio.sleep(0.1)
    print("loop.time advanced:", at_least(loop.time() - t0, 0.1))
    print("closed while running:", loop.is_closed())
    return loop

first = asyncio.run(main())
second = asyncio.run(main())
print("run() uses a fresh loop:", first is not second)
print("old loops closed:", first.is_closed(), second.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
