# iscoroutine, iscoroutinefunction, isfuture, and ensure_future on awaitables.
import asyncio
import functools

async def coro_fn(x):
    return x

def plain_fn():
    return 1

class Awaitable:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        fut.get_loop().call_soon(fut.set_result, "awaitable result")
        return (yield from fut.__await__())

class Method:
    async def am(self):
        return "method"

async def main():
    c = coro_fn(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(plain_fn()))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain_fn))
    print(asyncio.iscoroutinefunction(Method().am), asyncio.iscoroutinefunction(Method.am))
    print(asyncio.iscoroutinefunction(functools.partial(coro_fn, 2)))
    print(await c)
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(Awaitable())
    print(asyncio.isfuture(fut), asyncio.isfuture(task), asyncio.isfuture(c), asyncio.isfuture(None))
    print(asyncio.ensure_future(fut) is fut, type(task).__name__)
    print(await task)
    print(await Awaitable())
    print(await asyncio.gather(Awaitable(), coro_fn(3)))
    print(await functools.partial(coro_fn, 4)())
    print(await Method().am())

asyncio.run(main())
