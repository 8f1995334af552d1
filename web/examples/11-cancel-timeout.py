# Cancellation and timeouts
# cancel() raises CancelledError inside a task; asyncio.timeout cancels work that takes too long.

import asyncio


async def job(name):
    try:
        print(f"{name}: working")
        await asyncio.sleep(10)
        print(f"{name}: done")  # never reached
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise  # re-raise so the task really ends as cancelled
    finally:
        print(f"{name}: cleanup in finally")


async def main():
    task = asyncio.create_task(job("A"))
    await asyncio.sleep(0.1)
    task.cancel()  # ask the task to stop at its current await
    try:
        await task
    except asyncio.CancelledError:
        print("main: A cancelled?", task.cancelled())

    try:
        async with asyncio.timeout(0.2):  # asyncio.wait_for(job("B"), 0.2) does the same
            await job("B")
    except TimeoutError:
        print("main: B timed out")


asyncio.run(main())
