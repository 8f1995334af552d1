# A task cancelled before its first step never runs its body; one cancelled mid-way runs its finally.
import asyncio

log = []

async def body(name):
    log.append(f"{name} started")
    try:
        await asyncio.sleep(1)
    finally:
        log.append(f"{name} finally")

async def main():
    early = asyncio.create_task(body("early"))
    print("cancel before start:", early.cancel())
    late = asyncio.create_task(body("late"))
    await asyncio.sleep(0)
    print("cancel after start:", late.cancel())
    results = await asyncio.gather(early, late, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(log)
    print(early.cancelled(), late.cancelled())
    coro = early.get_coro()
    print("early coroutine closed:", coro.cr_frame is None)

asyncio.run(main())
