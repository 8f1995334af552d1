# Future.cancel(msg): done/cancelled states, the message on CancelledError, exception() raising it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("pending:", f.done(), f.cancelled())
    print("cancel:", f.cancel(msg="no longer needed"))
    print("after:", f.done(), f.cancelled(), "cancel again:", f.cancel())
    for getter in (f.result, f.exception):
        try:
            getter()
        except asyncio.CancelledError as e:
            print(getter.__name__, "raised CancelledError", e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    g = loop.create_future()
    g.set_result(1)
    print("cancel a finished future:", g.cancel(), g.cancelled(), g.result())
    h = loop.create_future()
    async def waiter():
        return await h
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    h.cancel("upstream gone")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task awaiting it was cancelled:", t.cancelled(), e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
