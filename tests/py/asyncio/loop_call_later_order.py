# call_soon, call_later and call_at run in time order; cancelled handles never run.
# Delays are 100 ms apart so a slow statement between two calls cannot reorder them.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t0 = loop.time()
    loop.call_later(0.3, print, "later 0.3")
    loop.call_later(0.1, print, "later 0.1")
    h = loop.call_later(0.2, print, "cancelled, never printed")
    loop.call_at(t0 + 0.2, print, "at +0.2")
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon", 2)
    loop.call_later(0, print, "later 0")
    loop.call_later(-1, print, "later -1")
    loop.call_later(0.5, done.set_result, "finished")
    h.cancel()
    print(type(h).__name__, h.cancelled(), h.when() > t0)
    s = loop.call_soon(print, "soon cancelled")
    s.cancel()
    print(type(s).__name__, s.cancelled())
    print(await done)
    print(loop.time() - t0 >= 0.5)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
