# Never-retrieved exceptions: reported when the last reference to the future goes.
import asyncio

async def boom(msg):
    raise ValueError(msg)

async def quiet():
    await asyncio.sleep(10)

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(boom("retrieved"))
    t2 = asyncio.create_task(boom("never"), name="forgotten")
    t3 = asyncio.create_task(quiet())
    await asyncio.sleep(0.01)
    print("t1:", repr(t1.exception()))
    t3.cancel()
    await asyncio.sleep(0)
    print("dropping all")
    del t1, t2, t3
    print("dropped")
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    fut2 = loop.create_future()
    fut2.set_exception(RuntimeError("cb"))
    fut2.add_done_callback(lambda f: print("callback saw", repr(f.exception())))
    await asyncio.sleep(0)
    del fut2
    print("fut2 dropped")
    global kept
    kept = fut
    print("main end")

asyncio.run(main())
print("after run")
