# __await__ on a custom awaitable: values it yields reach the driver; send() resumes with a result.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield f"need {self.what}"
        return f"{self.what}={reply}"
async def task():
    a = await Request("x")
    b = await Request("y")
    return [a, b]
coro = task()
print(coro.send(None))
print(coro.send(1))
try:
    coro.send(2)
except StopIteration as e:
    print("done:", e.value)
class Ready:
    def __await__(self):
        return iter([])
async def instant():
    return await Ready()
try:
    instant().send(None)
except StopIteration as e:
    print("Ready result:", e.value)
class Bad:
    def __await__(self):
        return 5
async def use_bad():
    await Bad()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
