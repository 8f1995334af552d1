# Tasks sleeping 0.3, 0.1 and 0.2 s finish shortest first; create order does not matter.
import asyncio


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


async def sleeper(seconds, finished):
    await asyncio.sleep(seconds)
    finished.append(seconds)
    return seconds

async def main():
    loop = asyncio.get_running_loop()
    finished = []
    start = loop.time()
    tasks = [asyncio.create_task(sleeper(s, finished)) for s in (0.3, 0.1, 0.2)]
    results = await asyncio.gather(*tasks)
    print("finished:", finished)
    print("gather order:", results)
    print("elapsed:", tenths(loop.time() - start))
    finished.clear()
    for s in (0.2, 0.1):
        await sleeper(s, finished)
    print("awaited one by one:", finished, tenths(loop.time() - start))

asyncio.run(main())
