# A new task's first step runs only after its creator yields, after earlier call_soon callbacks.
import asyncio

async def child(n):
    print("child", n, "first step")
    await asyncio.sleep(0)
    print("child", n, "second step")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t1 = asyncio.create_task(child(1))
    loop.call_soon(print, "callback 2")
    t2 = asyncio.create_task(child(2))
    print("before await, t1 done:", t1.done())
    await asyncio.sleep(0)
    print("main resumed")
    await t1
    print("t1 awaited")
    await t2
    print("t2 awaited")
    # awaiting a finished task does not yield to the loop
    loop.call_soon(print, "callback 3")
    print(await t1 is None)
    print("before callback 3")
    await asyncio.sleep(0)

asyncio.run(main())
