# aiter() and anext(): with and without a default, on async generators and on a class, and the errors.
import asyncio
async def agen():
    yield 1
    yield 2
class It:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def main():
    g = agen()
    print(await anext(g), await anext(g))
    print(await anext(g, "done"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    it = aiter(It())
    print(type(it).__name__, await anext(it, None))
    for bad in (5, []):
        try: aiter(bad)
        except TypeError as e: print("TypeError:", e)
    try: anext(5)
    except TypeError as e: print("TypeError:", e)
asyncio.run(main())
