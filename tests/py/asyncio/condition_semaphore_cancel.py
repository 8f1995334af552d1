# Cancelling waiters: Condition.wait re-takes the lock; Semaphore and Barrier hand on turns.
import asyncio

def state(obj):
    text = repr(obj)
    return text[text.index('['):]

async def main():
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("wait cancelled, lock held:", cond.locked())
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        cond.notify()
        t.cancel()
        await asyncio.sleep(0)
        print("notifier still holds:", cond.locked(), t.done())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked(), state(cond))
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    async def take(n):
        await sem.acquire()
        print("semaphore to", n)
    takers = [asyncio.create_task(take(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    takers[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(sem._value, state(sem), [x.done() for x in takers])
    sem.release()
    await asyncio.sleep(0)
    print(sem._value, state(sem))
    barrier = asyncio.Barrier(3)
    async def arrive():
        try:
            return await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            return f"{type(e).__module__}: {e}"
    arrivals = [asyncio.create_task(arrive()) for _ in range(2)]
    await asyncio.sleep(0)
    print(state(barrier))
    await barrier.reset()
    print(state(barrier))
    print(await asyncio.gather(*arrivals), state(barrier))
    async with asyncio.Barrier(1) as index:
        print("single party index:", index)

asyncio.run(main())
