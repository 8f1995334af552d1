# Context variables under asyncio: each task runs in a copy of its creator's context.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
log = []


def note(msg):
    log.append(f"[{request_id.get()}] {msg}")


async def handler(n):
    request_id.set(f"req-{n}")
    note("start")
    await asyncio.sleep(0)  # the other handlers run meanwhile, each in its own context
    note("after sleep")
    inner = asyncio.create_task(child())
    await inner
    return request_id.get()


async def child():
    note("child sees its parent's value")
    request_id.set("changed by child")
    note("child changed it")


async def main():
    note("main before")
    results = await asyncio.gather(*(handler(n) for n in range(3)))
    print(results)
    note("main after: the tasks' sets stayed in their own copies")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    print(ctx[request_id], request_id.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(request_id.get()), context=ctx)
    print("callback ran in:", await done)
    request_id.set("main's")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: note("done callback"))
    request_id.set("main's later")
    fut.set_result(None)
    await asyncio.sleep(0)
    print(await asyncio.to_thread(request_id.get))
    t = asyncio.create_task(asyncio.sleep(0), context=ctx)
    await t


asyncio.run(main())
print("\n".join(log))
print(request_id.get())
