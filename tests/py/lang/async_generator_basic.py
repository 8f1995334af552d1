# Async generators: async def with yield, consumed with async for and __anext__, driven by send(None).
class Pause:
    def __await__(self):
        yield "paused"
async def countdown(n):
    while n > 0:
        await Pause()
        yield n
        n -= 1
async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    agen = countdown(2)
    out.append(await agen.__anext__())
    out.append(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        out.append("stop")
    return out
coro = main()
pauses = 0
while True:
    try:
        coro.send(None)
        pauses += 1
    except StopIteration as e:
        print(e.value, "pauses:", pauses)
        break
print(type(countdown(1)).__name__, countdown.__name__)
