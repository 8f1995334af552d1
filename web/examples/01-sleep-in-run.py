# asyncio.sleep inside asyncio.run
# A coroutine pauses at await asyncio.sleep; asyncio.run starts the event loop and runs it to the end.

import asyncio
import time


async def main():
    print("before the sleep")
    start = time.perf_counter()
    await asyncio.sleep(1)  # the event loop waits here, nothing else to do
    elapsed = time.perf_counter() - start
    print("after the sleep:", round(elapsed, 1), "seconds")


# asyncio.run creates an event loop, runs main() until it returns, then closes the loop.
asyncio.run(main())
print("asyncio.run has returned")
