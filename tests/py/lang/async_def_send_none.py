# An async def call makes a coroutine; driving it with send(None) runs it to StopIteration.
async def add(a, b):
    print("adding", a, b)
    return a + b
coro = add(2, 3)
print(type(coro).__name__, "created; nothing printed yet")
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
async def nothing():
    pass
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("no return value:", e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def outer():
    x = await add(1, 1)
    y = await add(x, 10)
    return [x, y]
print(run(outer()))
print(add.__name__, type(add).__name__)
