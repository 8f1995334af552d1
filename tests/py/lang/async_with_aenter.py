# async with calls __aenter__/__aexit__; the exit can suppress exceptions; driven manually.
class Conn:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("connect", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("disconnect", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
async def main():
    async with Conn("db") as c:
        print("using", c.name)
    async with Conn("cache", suppress=True):
        raise ValueError("ignored")
    try:
        async with Conn("queue"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    async with Conn("a") as a, Conn("b") as b:
        print("both", a.name, b.name)
    return "main done"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with SyncOnly():
        pass
try:
    wrong().send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
