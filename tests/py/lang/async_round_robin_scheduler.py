# A tiny round-robin scheduler over coroutines driven by send(None), without asyncio.
class Pause:
    def __await__(self):
        yield
async def worker(name, n):
    for i in range(n):
        print(f"{name}: {i}")
        await Pause()
    return f"{name} done after {n}"
def run_all(coros):
    ready = list(coros)
    results = []
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(coro)
    return results
print(run_all([worker("a", 3), worker("b", 1), worker("c", 2)]))
