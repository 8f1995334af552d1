# timeout_at takes an absolute loop time; a deadline in the past expires at the first await.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.1
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", cm.expired(), "late by < 0.5 s:", loop.time() - deadline < 0.5)
    ran = []
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            ran.append("body starts")
            await asyncio.sleep(0)
            ran.append("not reached")
    except TimeoutError:
        ran.append("TimeoutError")
    print(ran)
    async with asyncio.timeout_at(None) as cm:
        await asyncio.sleep(0.01)
    print("None never expires:", cm.when(), cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("timeout(0) expired:", cm.expired())

asyncio.run(main())
