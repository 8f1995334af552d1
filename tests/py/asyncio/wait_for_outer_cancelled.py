# Cancelling a task blocked in wait_for also cancels (and waits for) the inner awaitable.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        await asyncio.sleep(0.01)
        print("inner cleanup finished")
        raise

async def outer():
    try:
        return await asyncio.wait_for(inner(), timeout=1)
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel("shutdown"))
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(t.cancelled(), t.done())

asyncio.run(main())
