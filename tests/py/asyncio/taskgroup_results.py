# TaskGroup waits for all its tasks; tasks may add more tasks while the group is open.
import asyncio

async def work(name, delay, tg=None):
    await asyncio.sleep(delay)
    print("done", name)
    if tg is not None:
        tg.create_task(work(name + "-child", 0.01))
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("one", 0.15))
        t2 = tg.create_task(work("two", 0.01, tg), name="second")
        print("inside the group:", repr(tg))
    print("after the group:", t1.result(), t2.result(), t2.get_name())
    print(repr(tg))
    tg2 = asyncio.TaskGroup()
    for group in (tg, tg2):
        coro = work("x", 0)
        try:
            group.create_task(coro)
        except RuntimeError as e:
            print("RuntimeError", e)
        coro.close()
    async with tg2:
        pass
    try:
        async with tg2:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
