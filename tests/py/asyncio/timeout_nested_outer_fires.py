# Nested asyncio.timeout blocks: the outer deadline fires first, only the outer raises TimeoutError.
import asyncio


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(2)
            except TimeoutError:
                print("inner raised TimeoutError (wrong)")
            except asyncio.CancelledError:
                print("inner block sees CancelledError")
                raise
    except TimeoutError:
        print("outer TimeoutError after", at_least(loop.time() - start, 0.1))
    print("outer expired:", outer.expired(), "inner expired:", inner.expired())
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("no expiry:", cm.expired(), cm.when() is not None)
    try:
        async with asyncio.timeout(0.5):
            raise ValueError("body error")
    except ValueError as e:
        print("body error passes through:", e)
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.1)
    print("extended deadline kept the sleep alive:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
