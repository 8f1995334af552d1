# A timeout around gather() cancels every unfinished child; finished children keep their results.
import asyncio

async def step(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    tasks = [asyncio.create_task(step(n, d, log)) for n, d in (("fast", 0.05), ("slow", 1), ("slower", 2))]
    try:
        async with asyncio.timeout(0.2):
            await asyncio.gather(*tasks)
    except TimeoutError:
        print("gather timed out")
    await asyncio.sleep(0)
    print(log)
    print([t.cancelled() for t in tasks], tasks[0].result())
    log.clear()
    try:
        await asyncio.wait_for(asyncio.gather(step("a", 0.05, log), step("b", 1, log)), timeout=0.2)
    except TimeoutError:
        print("wait_for(gather) timed out:", log)

asyncio.run(main())
