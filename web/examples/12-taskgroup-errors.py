# TaskGroup: one failure cancels the rest
# When a task of a TaskGroup fails, its siblings are cancelled and the errors come out as an ExceptionGroup.

import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} broke")
        print(f"{name}: finished")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:  # waits for all its tasks at the end of the block
            group.create_task(job("fast", 0.1))
            group.create_task(job("broken", 0.2, fail=True))
            group.create_task(job("slow", 1.0))
    except* ValueError as errors:  # catches the ValueErrors inside the ExceptionGroup
        for error in errors.exceptions:
            print("caught:", repr(error))
    print("main goes on")


asyncio.run(main())
