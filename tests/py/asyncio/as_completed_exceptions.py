# as_completed: each yielded awaitable gives a result or raises; order follows completion.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    return name

async def main():
    aws = [job("c", 0.3), job("a", 0.1), job("b", 0.2, fail=True), job("z", 0)]
    for step, aw in enumerate(asyncio.as_completed(aws)):
        try:
            print(step, "result", await aw)
        except LookupError as e:
            print(step, "error", repr(e))
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result("already")
    mixed = [asyncio.create_task(job("task", 0.05)), done_fut]
    got = []
    for aw in asyncio.as_completed(mixed):
        got.append(await aw)
    print(got)
    print(list(asyncio.as_completed([])))
    coro = job("x", 0)
    try:
        next(asyncio.as_completed(coro))
    except TypeError as e:
        print("TypeError:", e)
    coro.close()

asyncio.run(main())
