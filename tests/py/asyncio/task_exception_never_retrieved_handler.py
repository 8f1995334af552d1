# "exception was never retrieved" goes through the loop's exception handler, with these keys.
import asyncio

class MyFuture(asyncio.Future):
    pass

def handler(loop, context):
    fut = context["future"]
    print("handler:", context["message"], sorted(context), repr(context["exception"]))
    print("  future type:", type(fut).__name__, fut.done(), fut.cancelled())

async def fail(n):
    raise LookupError(n)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0)
    print("task done:", t.done())
    t = None
    print("after dropping the task")
    f = MyFuture()
    f.set_exception(OSError("mine"))
    f = None
    c = loop.create_future()
    c.cancel()
    c = None
    g = loop.create_future()
    g.set_exception(ValueError("seen"))
    try:
        g.result()
    except ValueError as e:
        print("result() raised", repr(e))
    g = None
    loop.set_exception_handler(None)
    t = asyncio.create_task(fail(2))
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("done")
