# Awaiting non-awaitables: TypeError messages for int, None, list, a plain function and a bad __await__.
import asyncio

class BadAwait:
    def __await__(self):
        return 42

class GoodAwait:
    def __await__(self):
        yield  # a bare yield: the task simply runs again on the next loop step
        return "good"

def plain():
    return 1

async def main():
    for value in (5, None, [1, 2], plain, "text"):
        try:
            await value
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    print(await GoodAwait())
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(3)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
