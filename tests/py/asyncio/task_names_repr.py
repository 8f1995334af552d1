# Task names (Task-N counter, set_name), current_task, all_tasks, get_coro, repr prefixes.
import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

def brief(task):
    return repr(task).split(" coro=")[0]

async def main():
    me = asyncio.current_task()
    print(me.get_name(), brief(me))
    t1 = asyncio.create_task(work(0.01))
    t2 = asyncio.create_task(work(0.5), name="custom")
    t3 = asyncio.get_running_loop().create_task(work(0), name=12)
    t4 = asyncio.ensure_future(work(0))
    print([t.get_name() for t in (t1, t2, t3, t4)])
    t1.set_name("renamed")
    print(brief(t1), t1.get_coro().__name__, asyncio.iscoroutine(t1.get_coro()))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.1)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(brief(t1), repr(t1).endswith("result=0.01>"))
    t2.cancel()
    print(brief(t2))
    await asyncio.sleep(0)
    print(brief(t2))
    print(asyncio.current_task() is me, type(me).__name__, isinstance(me, asyncio.Future))
    for bad in (t1.set_result, t1.set_exception):
        try:
            bad(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)

print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
async def my_name():
    return asyncio.current_task().get_name()

print(asyncio.run(my_name()), asyncio.run(my_name()))
