# current_task inside tasks and callbacks; all_tasks shrinks as tasks finish; done tasks drop out.
import asyncio

async def child(delay):
    me = asyncio.current_task()
    await asyncio.sleep(delay)
    return me.get_name()

def live():
    return sorted(t.get_name() for t in asyncio.all_tasks())

async def main():
    main_task = asyncio.current_task()
    print("main is a Task:", isinstance(main_task, asyncio.Task), main_task in asyncio.all_tasks())
    a = asyncio.create_task(child(0.05), name="a")
    b = asyncio.create_task(child(0.15), name="b")
    print("live:", live())
    print(await a, "->", live())
    print(await b, "->", live())
    seen = []
    asyncio.get_running_loop().call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print("current_task in a plain callback:", seen)
    loop = asyncio.get_running_loop()
    print("current_task(loop) is main:", asyncio.current_task(loop) is main_task)
    print("all_tasks(loop):", len(asyncio.all_tasks(loop)))
    c = asyncio.create_task(child(0), name="c")
    c.cancel()
    await asyncio.sleep(0)
    print("cancelled task gone:", live())

asyncio.run(main())
