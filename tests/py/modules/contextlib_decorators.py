# contextlib: ContextDecorator, AsyncContextDecorator and contextmanager objects as decorators
import asyncio
from contextlib import ContextDecorator, AsyncContextDecorator, contextmanager, asynccontextmanager

class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("start", self.label)
        return self
    def __exit__(self, typ, exc, tb):
        print("end", self.label, typ.__name__ if typ else None)
        return typ is KeyError

@traced("add")
def add(a, b=1):
    """Add two numbers."""
    return a + b

print(add(2), add(2, b=5), add.__name__, add.__doc__)

print("lookup result", traced("lookup")(lambda d, k: d[k])({}, "x"))

@contextmanager
def section(name):
    print("[", name)
    yield
    print("]", name)

@section("work")
def work(n):
    print("working", n)
    return n * 10

print(work(1), work(2))  # a fresh generator for every call

class atraced(AsyncContextDecorator):
    async def __aenter__(self): print("async start")
    async def __aexit__(self, *exc): print("async end")

@asynccontextmanager
async def asection():
    print("async [")
    yield
    print("async ]")

@atraced()
@asection()
async def job(x):
    await asyncio.sleep(0)
    return x + 1

print(asyncio.run(job(41)), job.__name__)
cm = section("once")
with cm:
    pass
try:
    cm(len)("abc")
except AttributeError as exc:
    print("entered manager can't decorate:", exc)
