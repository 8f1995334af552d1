# Future: states, result()/exception() errors, set twice, repr, callbacks via the loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.add_done_callback(lambda fut: print("callback saw", fut.result()))
    f.set_result([1, 2, 3])
    print(repr(f), "callback not run yet")
    await asyncio.sleep(0)
    for setter in (f.set_result, f.set_exception):
        try:
            setter(ValueError())
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g), repr(g.exception()))
    try:
        await g
    except KeyError as e:
        print("await raised KeyError", e.args)
    h = loop.create_future()
    for bad in (StopIteration(), 42):
        try:
            h.set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(h.cancel("why"), repr(h), h.cancel())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(repr(loop.create_future().__class__), asyncio.isfuture(h), asyncio.isfuture(1))
    big = loop.create_future()
    big.set_result(list(range(10)))
    print(repr(big))
    s = loop.create_future()
    s.set_result("a rather long string value that will be shortened")
    print(repr(s))

asyncio.run(main())
