# shield: a cancelled waiter leaves the inner task running; cancelling the inner cancels the shield.
import asyncio

async def save(log, delay):
    await asyncio.sleep(delay)
    log.append("saved")
    return "ok"

async def main():
    log = []
    inner = asyncio.create_task(save(log, 0.3))
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), timeout=0.02))
    try:
        await waiter
    except TimeoutError:
        print("waiter timed out; inner done?", inner.done())
    print("inner result:", await inner, log)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(5)
    print("shield of done future:", await asyncio.shield(f))
    inner2 = asyncio.create_task(save(log, 1))
    outer = asyncio.shield(inner2)
    inner2.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too:", outer.cancelled(), inner2.cancelled())
    inner3 = asyncio.create_task(save(log, 0.05))
    outer3 = asyncio.shield(inner3)
    print("cancel outer:", outer3.cancel(), outer3.cancelled())
    await asyncio.sleep(0.2)
    print("inner3 unaffected:", inner3.result(), log)

asyncio.run(main())
