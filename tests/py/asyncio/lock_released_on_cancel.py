# A task cancelled while holding an asyncio.Lock (inside async with) releases it; the next waiter runs.
import asyncio

async def holder(lock, log):
    async with lock:
        log.append("holder acquired")
        try:
            await asyncio.sleep(10)
        finally:
            log.append("holder leaving the block")

async def waiter(lock, log):
    async with lock:
        log.append("waiter acquired")
    return "waiter done"

async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock, log))
    await asyncio.sleep(0.05)
    print("locked while holder sleeps:", lock.locked(), log)
    h.cancel()
    print(await w)
    print(log)
    print("holder cancelled:", h.cancelled(), "lock free:", not lock.locked())

asyncio.run(main())
