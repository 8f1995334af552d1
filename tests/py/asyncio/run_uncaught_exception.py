# An exception escaping the main coroutine propagates out of asyncio.run (traceback, exit 1).
import asyncio

class ConfigError(Exception):
    pass

async def load(name):
    await asyncio.sleep(0)
    if name.endswith(".bad"):
        raise ConfigError(f"cannot parse {name!r}")
    return {"name": name}

async def main():
    print(await load("app.cfg"))
    try:
        await load("x.bad")
    except ConfigError as e:
        print("handled:", e)
    print("loading again")
    await load("final.bad")
    print("not reached")

asyncio.run(main())
print("not reached either")
