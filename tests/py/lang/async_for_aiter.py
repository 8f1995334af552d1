# async for uses __aiter__/__anext__ and stops on StopAsyncIteration; driven by send(None).
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def consume():
    seen = []
    async for value in Ticker(3):
        seen.append(value)
    else:
        seen.append("else")
    async for value in Ticker(5):
        if value > 20:
            break
        seen.append(-value)
    return seen
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(consume()))
async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
