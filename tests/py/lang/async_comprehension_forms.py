# Async comprehensions: set/dict forms, await in conditions, nested async for, async generator expressions.
class Pause:
    def __await__(self):
        yield "pause"
        return 0
async def agen(n):
    for i in range(n):
        await Pause()
        yield i
async def is_odd(x):
    await Pause()
    return x % 2 == 1
async def main():
    odds = [x async for x in agen(7) if await is_odd(x)]
    pairs = [(a, b) async for a in agen(3) async for b in agen(a)]
    squares = {x: x * x async for x in agen(4)}
    mods = {x % 3 async for x in agen(9)}
    awaited = [await is_odd(x) for x in range(3)]
    gexp = (x + 1 async for x in agen(3))
    print(type(gexp).__name__)
    from_gexp = [y async for y in gexp]
    agexp = (await is_odd(x) for x in range(4))
    print(type(agexp).__name__)
    from_agexp = [y async for y in agexp]
    return odds, pairs, squares, mods, awaited, from_gexp, from_agexp
coro = main()
pauses = 0
try:
    while True:
        coro.send(None)
        pauses += 1
except StopIteration as e:
    for part in e.value:
        print(part)
print("pauses:", pauses)
