# Async generator methods asend/athrow/aclose, awaited from a coroutine driven by send(None).
async def talker():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"error:{e}")
    finally:
        print("talker finally:", received)
async def main():
    g = talker()
    out = [await g.asend(None)]
    out.append(await g.asend("a"))
    out.append(await g.athrow(ValueError("boom")))
    out.append(await g.asend("b"))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        out.append("stopped")
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
