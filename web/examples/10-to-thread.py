# asyncio.to_thread for blocking work
# A blocking call would freeze the event loop; asyncio.to_thread runs it in a thread while the loop goes on.

import asyncio
import time


def read_sensor(name):
    time.sleep(0.5)  # blocking: an old library, a file, a device...
    return f"{name}=42"


async def heartbeat():
    for i in range(4):  # done after 0.4 s, before the threads
        print("event loop still alive", i)
        await asyncio.sleep(0.1)


async def main():
    start = time.perf_counter()
    a, b, _ = await asyncio.gather(
        asyncio.to_thread(read_sensor, "left"),
        asyncio.to_thread(read_sensor, "right"),
        heartbeat(),
    )
    print(a, b, "after", round(time.perf_counter() - start, 1), "s")


asyncio.run(main())
