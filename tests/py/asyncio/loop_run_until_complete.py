# A loop managed by hand: run_until_complete, run_forever + stop, close, is_running/is_closed.
import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 10

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(repr(loop).split()[1:], loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(4)))
task = loop.create_task(compute(5))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "future done")
print(loop.run_until_complete(fut))
def tick(n):
    print("tick", n, loop.is_running())
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(tick, n + 1)
loop.call_soon(tick, 1)
loop.run_forever()
print("stopped; running:", loop.is_running())
loop.stop()
loop.call_soon(print, "runs after an early stop()")
loop.run_forever()
print(asyncio.get_event_loop() is loop)
loop.close()
loop.close()
print(loop.is_closed())
for action in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
               lambda: loop.create_future().set_result(1) or loop.call_later(1, print)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.set_event_loop(None)
loop2 = asyncio.new_event_loop()
loop2.call_soon(loop2.stop)
try:
    loop2.run_until_complete(loop2.create_future())
except RuntimeError as e:
    print("RuntimeError:", e)
loop2.close()
