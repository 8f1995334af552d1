# InvalidStateError: setting a result twice, an exception after a result, a result after cancel.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("first")
    attempts = [("set_result", lambda: f.set_result("second")),
                ("set_exception", lambda: f.set_exception(ValueError("late")))]
    c = loop.create_future()
    c.cancel()
    attempts.append(("set_result after cancel", lambda: c.set_result(1)))
    e = loop.create_future()
    e.set_exception(KeyError("k"))
    attempts.append(("set_result after exception", lambda: e.set_result(2)))
    for label, attempt in attempts:
        try:
            attempt()
        except asyncio.InvalidStateError as err:
            print(label, "->", type(err).__name__, err)
    print(f.result(), repr(e.exception()))
    print(issubclass(asyncio.InvalidStateError, Exception))
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as err:
        print("pending result():", err)
    pending.set_result(None)
    print("None is a fine result:", pending.result(), pending.done())

asyncio.run(main())
