# Exceptions propagate through awaits to the caller; try/except/finally work inside coroutines.
class Pause:
    def __await__(self):
        yield
async def fails(msg):
    await Pause()
    raise ValueError(msg)
async def middle():
    try:
        await fails("deep error")
    finally:
        print("middle finally")
async def handler():
    try:
        await middle()
    except ValueError as e:
        print("handler caught:", e)
        return "handled"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(handler()))
try:
    run(middle())
except ValueError as e:
    print("driver caught:", e)
async def reraise():
    try:
        await fails("first")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    run(reraise())
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
