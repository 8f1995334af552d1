# wait_for on finished futures, failing coroutines and timeout=0; the awaited task is cancelled on timeout.
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise KeyError("boom")

async def slow():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, timeout=0))
    print(await asyncio.wait_for(f, timeout=None))
    try:
        await asyncio.wait_for(boom(), timeout=1)
    except KeyError as e:
        print("KeyError passes through:", e)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0)
    except TimeoutError:
        print("timeout=0:", t.cancelled())
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.05)
    except asyncio.TimeoutError as e:
        print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)
        print("task cancelled:", t.cancelled(), type(e.__cause__).__name__)
    g = loop.create_future()
    loop.call_later(0.05, g.set_result, 42)
    print(await asyncio.wait_for(g, timeout=1))

asyncio.run(main())
