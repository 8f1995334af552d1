# Semaphore(1) hands its slot to waiters first come, first served; release() can raise the value.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    order = []
    async def worker(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0.01)
    await sem.acquire()
    tasks = [asyncio.create_task(worker(n)) for n in ("w1", "w2", "w3", "w4")]
    await asyncio.sleep(0)
    print("all waiting:", sem.locked(), order)
    sem.release()
    await asyncio.gather(*tasks)
    print("order:", order)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print("released twice from 0:", s.locked(), await s.acquire(), await s.acquire(), s.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print("value stays bounded:", b.locked())
    try:
        asyncio.Semaphore("2")
    except TypeError as e:
        print("TypeError")

asyncio.run(main())
