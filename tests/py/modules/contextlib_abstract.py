# contextlib.AbstractContextManager / AbstractAsyncContextManager as base classes
import asyncio
from contextlib import AbstractContextManager, AbstractAsyncContextManager, ExitStack, nullcontext

class Managed(AbstractContextManager):
    def __init__(self, name):
        self.name = name
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ)

with Managed("m") as m:
    print("default __enter__ returns self:", m.name)

class AManaged(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("aexit", exc[0])

async def main():
    manager = AManaged()
    async with manager as got:
        print("default __aenter__ returns self:", got is manager)

asyncio.run(main())

for cls in (AbstractContextManager, AbstractAsyncContextManager):
    try:
        cls()
    except TypeError as exc:
        print(exc)

class Incomplete(AbstractContextManager):
    def __enter__(self):
        return 1

try:
    Incomplete()
except TypeError as exc:
    print(exc)

class Child(Managed):
    pass

with Child("child"):
    pass
print(issubclass(ExitStack, AbstractContextManager),
      issubclass(nullcontext, AbstractAsyncContextManager),
      isinstance(Managed("x"), AbstractContextManager))
print(AbstractContextManager.__enter__(5))
