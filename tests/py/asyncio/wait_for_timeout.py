# wait_for: result in time, TimeoutError after cancelling the inner task, timeout None and 0.
import asyncio

async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    finally:
        print(name, "cleanup")

async def main():
    print(await asyncio.wait_for(slow("quick", 0.01), timeout=0.5))
    try:
        await asyncio.wait_for(slow("late", 0.5), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args, type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("no limit", 0), None))
    task = asyncio.create_task(slow("zero", 0.5))
    try:
        await asyncio.wait_for(task, 0)
    except TimeoutError:
        print("zero timeout, task cancelled:", task.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(42)
    print(await asyncio.wait_for(fut, 0))
    async def stubborn():
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            return "refused to stop"
    print(await asyncio.wait_for(stubborn(), 0.01))

asyncio.run(main())
