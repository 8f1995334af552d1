# call_soon, call_later and call_at run in time order; cancelled handles never run.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t0 = loop.time()
    loop.call_later(0.03, print, "later 0.03")
    loop.call_later(0.01, print, "later 0.01")
    h = loop.call_later(0.02, print, "cancelled, never printed")
    loop.call_at(t0 + 0.02, print, "at +0.02")
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon", 2)
    loop.call_later(0, print, "later 0")
    loop.call_later(-1, print, "later -1")
    loop.call_later(0.05, done.set_result, "finished")
    h.cancel()
    print(type(h).__name__, h.cancelled(), h.when() > t0)
    s = loop.call_soon(print, "soon cancelled")
    s.cancel()
    print(type(s).__name__, s.cancelled())
    print(await done)
    print(loop.time() - t0 >= 0.05)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
