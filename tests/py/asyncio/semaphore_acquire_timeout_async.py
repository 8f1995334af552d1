# Giving up on a Semaphore with wait_for: the slot is not lost and the next waiter gets it.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.05)
    except TimeoutError:
        print("gave up waiting; locked:", sem.locked())
    async def patient(name, log):
        async with sem:
            log.append(name)
    log = []
    waiter = asyncio.create_task(patient("patient", log))
    await asyncio.sleep(0)
    sem.release()
    await waiter
    print(log, "locked:", sem.locked())
    async with sem:
        impatient = asyncio.create_task(asyncio.wait_for(sem.acquire(), timeout=0.05))
        second = asyncio.create_task(patient("second", log))
        await asyncio.wait([impatient])  # not a sleep: under load the timeout may need longer to unwind
        print("impatient timed out:", type(impatient.exception()).__name__)
    await second
    print(log, "locked at the end:", sem.locked())

asyncio.run(main())
