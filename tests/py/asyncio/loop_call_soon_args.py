# call_soon passes positional args in FIFO order; handles can be cancelled; callbacks can schedule more.
import asyncio

def note(log, *parts):
    log.append(" ".join(str(p) for p in parts))

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(note, log, "first", 1)
    h = loop.call_soon(note, log, "never")
    loop.call_soon(note, log, "second", 2, 3)
    def chain(n):
        note(log, "chain", n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 1)
    print("cancelled before:", h.cancelled())
    h.cancel()
    print("cancelled after:", h.cancelled())
    h.cancel()
    for _ in range(4):
        await asyncio.sleep(0)
    print(log)
    try:
        loop.call_soon(note, log, x=1)
    except TypeError as e:
        print("TypeError (no kwargs)")
    import functools
    loop.call_soon(functools.partial(note, log, "partial", "keeps", "args"))
    await asyncio.sleep(0)
    print(log[-1])

asyncio.run(main())
