# Event: wait() blocks until set(); set() wakes every waiter in order; clear() re-arms it.
import asyncio

async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")
    return name

async def main():
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0.01)
    print("setting")
    event.set()
    print("set, waiters not resumed yet")
    print(await asyncio.gather(*tasks))
    print(await event.wait(), event.is_set())
    event.clear()
    print(event.is_set())
    t = asyncio.create_task(waiter(event, "late"))
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_later(0.01, event.set)
    print(await t)
    print(repr(event).endswith("[set]>"))

asyncio.run(main())
