# asyncio.run's argument and nesting errors; get_running_loop outside a loop; run twice.
import asyncio

async def inner():
    return "inner"

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return await inner()

for bad in (5, inner, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e.args[0].split(" at 0x")[0])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(asyncio.sleep(0, "sleep result")))
