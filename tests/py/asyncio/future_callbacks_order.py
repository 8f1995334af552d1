# Done callbacks are scheduled with call_soon in registration order; remove_done_callback.
import asyncio

def make(name):
    def cb(fut):
        print(name, "called with", fut.result())
    return cb

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b, c = make("a"), make("b"), make("c")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(c)
    print("removed", fut.remove_done_callback(a), fut.remove_done_callback(a))
    loop.call_soon(print, "scheduled before set_result")
    fut.set_result("R")
    loop.call_soon(print, "scheduled after set_result")
    fut.add_done_callback(make("late"))
    print("set_result returned")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0)
    # a task awaiting the future resumes through its own callback
    f2 = loop.create_future()
    async def waiter():
        print("waiter got", await f2)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    f2.add_done_callback(make("f2 callback"))
    f2.set_result(2)
    loop.call_soon(print, "plain callback")
    await t
    print("main resumed")

asyncio.run(main())
