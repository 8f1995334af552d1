# Task.cancel(msg): the message reaches the coroutine and the awaiter; cancelling()/uncancel().
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", repr(e), e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling(), t.cancelled())
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", type(e).__name__, e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    # cancelled before its first step: the coroutine never runs
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 never started:", e.args, t2.cancelled())
    t3 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t3.cancel()
    print("uncancel ->", t3.uncancel(), t3.uncancel())
    await asyncio.sleep(0)
    print(t3.cancelled(), isinstance(asyncio.CancelledError(), Exception),
          issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
