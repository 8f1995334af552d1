# Task done callbacks: run after completion via the loop, receive the task; remove_done_callback counts.
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(n)
    return n * 2

def report(task):
    if task.cancelled():
        print(task.get_name(), "callback: cancelled")
    elif task.exception() is not None:
        print(task.get_name(), "callback: error", repr(task.exception()))
    else:
        print(task.get_name(), "callback: result", task.result())

def unwanted(task):
    print("never printed")

async def main():
    ok = asyncio.create_task(work(4), name="ok")
    bad = asyncio.create_task(work(-1), name="bad")
    gone = asyncio.create_task(work(1), name="gone")
    for t in (ok, bad, gone):
        t.add_done_callback(report)
    ok.add_done_callback(unwanted)
    ok.add_done_callback(unwanted)
    print("removed:", ok.remove_done_callback(unwanted), ok.remove_done_callback(unwanted))
    gone.cancel()
    await asyncio.gather(ok, bad, gone, return_exceptions=True)
    await asyncio.sleep(0)
    print("late callback on a finished task:")
    ok.add_done_callback(lambda t: print("late:", t.result()))
    print("not yet")
    await asyncio.sleep(0)

asyncio.run(main())
