[x for x in y]
[x for x in y if x if z]
[x for x in y for z in x]
[(x, y) for x, y in z]
{x for x in y}
{x: y for x, y in z}
(x for x in y)
{**{}}
async def f():
    return [x async for x in y], [x for x in await y], (x async for x in y)
