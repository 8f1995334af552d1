# An error in a TaskGroup escapes asyncio.run() as an ExceptionGroup (the traceback's last line).
import asyncio

async def ok():
    await asyncio.sleep(0.01)
    print("ok finished")

async def broken():
    await asyncio.sleep(0.15)
    print("broken raising")
    raise ZeroDivisionError("cannot divide")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok())
        tg.create_task(broken())
        print("tasks started")
    print("not reached")

print("before run")
asyncio.run(main())
