# A hand-made loop: run_until_complete on a coroutine, a task and a future set by call_later.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(0.05, fut.set_result, "from call_later")
print(loop.run_until_complete(fut))
failing = loop.create_future()
loop.call_soon(failing.set_exception, OSError("disk"))
try:
    loop.run_until_complete(failing)
except OSError as e:
    print("OSError:", e)
print("running outside:", loop.is_running())
loop.close()
print("closed:", loop.is_closed())
coro = add(5, 6)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
loop.close()
print("closing twice is fine")
