# Lock hand-off: a released lock goes to the first waiter; cancelled waiters pass it on.
import asyncio

def state(obj):
    text = repr(obj)
    return text[text.index('['):]

async def main():
    lock = asyncio.Lock()
    log = []
    async def taker(name):
        log.append(name + " asks")
        await lock.acquire()
        log.append(name + " got")
    await lock.acquire()
    first = asyncio.create_task(taker("first"))
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(state(lock), lock.locked())
    late = asyncio.create_task(taker("late"))   # asks before "first" has run
    await asyncio.sleep(0)
    print(log, lock.locked())
    lock.release()
    await asyncio.sleep(0)
    print(log)
    lock.release()
    # the woken head is cancelled before it runs: the next waiter gets the lock
    await lock.acquire()
    a = asyncio.create_task(taker("A"))
    b = asyncio.create_task(taker("B"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[-3:], a.cancelled(), state(lock))
    lock.release()
    # only cancelled waiters queued: a newcomer takes the lock at once
    await lock.acquire()
    c = asyncio.create_task(taker("C"))
    await asyncio.sleep(0)
    c.cancel()
    lock.release()
    print(await lock.acquire(), state(lock))
    await asyncio.sleep(0)
    print(c.cancelled(), state(lock))
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
