# coroutine.throw() injects an exception at the current await; close() raises GeneratorExit there.
class Pause:
    def __await__(self):
        yield "waiting"
async def job():
    try:
        await Pause()
        print("not reached")
    except KeyError as e:
        print("job handled", repr(e))
        await Pause()
        return "job recovered"
    finally:
        print("job finally")
c = job()
print(c.send(None))
print(c.throw(KeyError("cancel")))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
c2 = job()
c2.send(None)
c2.close()
print("closed")
c3 = job()
c3.send(None)
try:
    c3.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)
