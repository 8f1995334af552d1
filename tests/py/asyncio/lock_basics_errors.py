# asyncio.Lock: acquire() returns True, locked(), async with, release errors and a waiter queue.
import asyncio

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked(), "acquire:", await lock.acquire(), "locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("inside async with:", value, lock.locked())
    print("after:", lock.locked())
    try:
        async with lock:
            raise ValueError("oops")
    except ValueError:
        print("released on error:", not lock.locked())
    order = []
    async def user(name):
        async with lock:
            order.append(name + " in")
            await asyncio.sleep(0.01)
            order.append(name + " out")
    await lock.acquire()
    tasks = [asyncio.create_task(user(n)) for n in "abc"]
    await asyncio.sleep(0)
    print("waiting while held:", order, repr(lock).endswith("[locked, waiters:3]>"))
    lock.release()
    await asyncio.gather(*tasks)
    print(order)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)

asyncio.run(main())
