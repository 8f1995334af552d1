async def f():
    return [x for x in await y]
x = [y async for y in z]
