# Fan-out/fan-in: gather launches lookups concurrently and the results are combined in order.
import asyncio


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


PRICES = {"apple": 3, "pear": 5, "plum": 2, "fig": 7}
DELAYS = {"apple": 0.3, "pear": 0.1, "plum": 0.2, "fig": 0.0}

async def lookup(item, log):
    await asyncio.sleep(DELAYS[item])
    log.append(item)
    return PRICES[item]

async def main():
    loop = asyncio.get_running_loop()
    log = []
    items = ["apple", "pear", "plum", "fig"]
    start = loop.time()
    prices = await asyncio.gather(*(lookup(i, log) for i in items))
    elapsed = loop.time() - start
    print("completion order:", log)
    print("results in request order:", dict(zip(items, prices)))
    print("total:", sum(prices), "elapsed:", tenths(elapsed))
    nested = await asyncio.gather(
        asyncio.gather(lookup("fig", log), lookup("plum", log)),
        lookup("pear", log),
    )
    print("nested:", nested)
    print(await asyncio.gather())

asyncio.run(main())
