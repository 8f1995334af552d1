# Awaiting coroutines that await other coroutines; suspension passes through every level.
class Yield:
    def __await__(self):
        yield "tick"
async def leaf(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await Yield()
    return f"{name} finished"
async def middle():
    a = await leaf("A", 2)
    b = await leaf("B", 1)
    return a, b
async def top():
    result = await middle()
    return {"result": result}
coro = top()
ticks = 0
while True:
    try:
        signal = coro.send(None)
        ticks += 1
        print("driver saw", signal)
    except StopIteration as e:
        print("final:", e.value, "ticks:", ticks)
        break
