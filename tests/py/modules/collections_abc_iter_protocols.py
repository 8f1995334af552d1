# collections.abc: Iterator, Generator, Coroutine and AsyncGenerator mixins on hand-written classes
import asyncio
from collections.abc import Iterator, Generator, Coroutine, AsyncIterator, AsyncGenerator, Iterable

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Echo(Generator):
    log = []

    def send(self, value):
        self.log.append(value)
        if len(self.log) > 3:
            raise StopIteration
        return len(self.log)

    def throw(self, typ, val=None, tb=None):
        self.log.append(typ.__name__)
        return super().throw(typ, val, tb)

c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, Iterable), Iterable[int], Generator[int, None, None])
e = Echo()
print(next(e), e.send('x'), list(e), e.log)
e.close()
print(e.log)
try:
    e.throw(ValueError, ValueError('boom'))
except ValueError as err:
    print('ValueError', err, e.log[-1])

class Ticker(AsyncGenerator):
    def __init__(self, n):
        self.n = n

    async def asend(self, value):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    async def athrow(self, typ, val=None, tb=None):
        self.n = 0
        raise typ

async def main():
    t = Ticker(3)
    print(t.__aiter__() is t, [x async for x in t], isinstance(t, AsyncIterator))
    await t.aclose()
    print(sorted(Coroutine.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__))

asyncio.run(main())
