def g():
    x = yield
    y = yield x
    z = yield from g()
async def h():
    await x
