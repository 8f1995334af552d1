# asyncio.as_completed
# as_completed gives you results in the order the work finishes, not in the order you started it.

import asyncio
import time


async def cook(dish, minutes):
    await asyncio.sleep(minutes / 10)  # a tenth of a second per "minute"
    return dish


async def main():
    start = time.perf_counter()
    orders = [cook("soup", 3), cook("salad", 1), cook("pasta", 2)]
    for next_ready in asyncio.as_completed(orders):
        dish = await next_ready  # the first one to finish, then the next...
        print(dish, "is ready at", round(time.perf_counter() - start, 1), "s")


asyncio.run(main())
