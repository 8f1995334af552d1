# Task API: get_coro, set_name with non-strings, done/result/exception and cancel(msg) on a sleeping task.
import asyncio

async def nap(seconds):
    await asyncio.sleep(seconds)
    return "rested"

async def main():
    t = asyncio.create_task(nap(0.01), name="napper")
    coro = t.get_coro()
    print(t.get_name(), coro.__name__, coro.__qualname__, asyncio.iscoroutine(coro))
    t.set_name(3.5)
    print(repr(t.get_name()))
    t.set_name(None)
    print(repr(t.get_name()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t, t.done(), t.exception())
    s = asyncio.create_task(nap(5))
    await asyncio.sleep(0)
    print("cancel returns:", s.cancel(msg="wake up"), "cancelling:", s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("CancelledError", e.args, s.cancelled(), s.done())
    print("cancel on done task:", s.cancel(), t.cancel())

asyncio.run(main())
