# contextlib.nullcontext (sync and async), closing and aclosing
import asyncio
from contextlib import nullcontext, closing, aclosing

with nullcontext() as nothing:
    print("nullcontext gives", nothing)
with nullcontext([1, 2]) as value:
    print("enter_result", value)
try:
    with nullcontext():
        raise KeyError("not suppressed")
except KeyError as exc:
    print("propagated", exc)

def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext("no lock")

with maybe_lock() as got:
    print(got)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)
    async def aclose(self):
        await asyncio.sleep(0)
        print("aclose", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise RuntimeError("fail")
except RuntimeError as exc:
    print("closed anyway:", exc)

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalised")

async def main():
    async with nullcontext(5) as five:
        print("async nullcontext", five)
    async with aclosing(Resource("r3")) as r:
        print("async using", r.name)
    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
            print("got", n)
    print("after aclosing")

asyncio.run(main())
