# Async comprehensions: `async for` and `await` inside list/set/dict comprehensions.
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(5)]
    b = [x async for x in agen(10) if x % 3 == 0]
    c = [await double(x) for x in range(4)]
    d = {x: await double(x) async for x in agen(3)}
    e = {x % 2 async for x in agen(6)}
    f = [y async for x in agen(3) for y in range(x)]
    g = (x * x async for x in agen(4))
    h = [v async for v in g]
    return a, b, c, d, e, f, h
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
for part in run(main()):
    print(part)
