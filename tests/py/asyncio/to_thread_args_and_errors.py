# asyncio.to_thread forwards args and kwargs, runs off the main thread, and re-raises errors.
import asyncio
import threading
import time

def describe(a, b=0, *, sep="-"):
    return sep.join([str(a), str(b)]), threading.current_thread() is threading.main_thread()

def blocking_fail(msg):
    time.sleep(0.01)
    raise PermissionError(msg)

async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.05)

async def main():
    print(await asyncio.to_thread(describe, 1, 2))
    print(await asyncio.to_thread(describe, "x", b="y", sep="+"))
    try:
        await asyncio.to_thread(blocking_fail, "denied")
    except PermissionError as e:
        print("PermissionError:", e)
    log = []
    tick = asyncio.create_task(ticker(log))
    await asyncio.to_thread(time.sleep, 0.2)
    log.append("thread done")
    await tick
    print(log)

asyncio.run(main())
