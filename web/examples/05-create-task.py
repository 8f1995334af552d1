# asyncio.create_task
# A new task is only scheduled; it starts running the next time its creator awaits and yields to the loop.

import asyncio


async def greet(name):
    print(f"{name}: started")
    await asyncio.sleep(0.1)
    print(f"{name}: finished")
    return name.upper()


async def main():
    task = asyncio.create_task(greet("task"))
    print("main: task created, it has not run yet")
    await asyncio.sleep(0)  # give control to the event loop once: the task starts
    print("main: back from sleep(0), the task is now waiting")
    result = await task  # wait for the task to finish and take its result
    print("main: the task returned", result)


asyncio.run(main())
