# Misusing coroutines: awaiting a finished coroutine, awaiting non-awaitables, sending too early.
async def value():
    return 7
async def main():
    c = value()
    first = await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1]
    except TypeError as e:
        print("TypeError:", e)
    return first
try:
    main().send(None)
except StopIteration as e:
    print("main returned", e.value)
c = value()
try:
    c.send("x")
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
