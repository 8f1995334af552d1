async def f():
    await x
    async for a in b: pass
    async with c as d: pass
    return [x async for x in y]
    return await f() + await g()
