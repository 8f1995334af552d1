# asyncio.wrap_future bridges a concurrent.futures.Future from a pool into an awaitable asyncio Future.
import asyncio
import concurrent.futures
import time

def slow_square(n):
    time.sleep(0.05)
    return n * n

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(slow_square, 7)
        af = asyncio.wrap_future(cf)
        print(type(cf).__name__, isinstance(af, asyncio.Future))
        print("result:", await af, cf.done())
        failing = pool.submit(int, "nope")
        try:
            await asyncio.wrap_future(failing)
        except ValueError as e:
            print("ValueError:", e)
        loop = asyncio.get_running_loop()
        own = loop.create_future()
        print("asyncio future passes through:", asyncio.wrap_future(own) is own)
        own.cancel()
        many = [asyncio.wrap_future(pool.submit(slow_square, n)) for n in range(4)]
        print(await asyncio.gather(*many))
    try:
        asyncio.wrap_future(42)
    except (TypeError, AssertionError) as e:
        print(type(e).__name__)

asyncio.run(main())
