# Timeouts cancel the slow work; its finally block runs (even awaiting) before wait_for returns.
import asyncio

log = []

async def download(name, delay):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        await asyncio.sleep(0.01)
        log.append(f"{name} cleanup")

async def main():
    print(await asyncio.wait_for(download("fast", 0.01), timeout=0.5))
    try:
        await asyncio.wait_for(download("slow", 2), timeout=0.1)
    except TimeoutError as e:
        log.append("TimeoutError caught")
        print("timed out:", type(e).__name__)
    try:
        async with asyncio.timeout(0.1):
            await download("ctx", 2)
    except TimeoutError:
        log.append("ctx TimeoutError")
    for line in log:
        print(line)

asyncio.run(main())
