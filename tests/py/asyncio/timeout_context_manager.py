# asyncio.timeout / timeout_at: TimeoutError at the deadline, expired(), reschedule(), repr.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(type(cm).__name__, cm.expired(), repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", e.args, cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0.01)
        cm.reschedule(loop.time() + 1)
        print(cm.when() > loop.time())
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with asyncio.timeout_at(loop.time() + 0.5) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled into the past: expired", cm.expired())
    # the inner timeout fires first; the outer one is untouched
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out, outer expired:", outer.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print("not reached")
    print("task cancelling count:", asyncio.current_task().cancelling())

asyncio.run(main())
