# asyncio.Event and asyncio.Condition
# An Event wakes every waiter at once; a Condition lets a task wait until shared state is what it needs.

import asyncio


async def runner(name, go):
    await go.wait()  # blocks until the event is set
    print(f"{name} runs")


async def collector(ready, basket):
    async with ready:
        await ready.wait_for(lambda: len(basket) >= 3)  # re-checked after each notify
        print("collector got", basket)


async def main():
    go = asyncio.Event()
    runners = [asyncio.create_task(runner(name, go)) for name in ("ann", "bob", "cy")]
    await asyncio.sleep(0.1)
    print("ready... go!")
    go.set()  # wakes all the runners
    await asyncio.gather(*runners)

    ready = asyncio.Condition()
    basket = []
    task = asyncio.create_task(collector(ready, basket))
    for fruit in ("apple", "pear", "plum"):
        await asyncio.sleep(0.1)
        async with ready:  # change the shared state only while holding the condition's lock
            basket.append(fruit)
            print("added", fruit)
            ready.notify_all()
    await task


asyncio.run(main())
