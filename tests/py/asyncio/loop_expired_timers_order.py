# Timers already due when scheduled still run in deadline order (earliest when() first), after call_soon.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    loop.call_at(now - 0.5, fired.append, "call_at: half a second ago")
    loop.call_later(-1, fired.append, "call_later(-1): a second ago")
    loop.call_at(now - 0.25, fired.append, "call_at: a quarter second ago")
    loop.call_later(-2, fired.append, "call_later(-2): two seconds ago")
    loop.call_soon(fired.append, "call_soon")
    await asyncio.sleep(0.05)
    for line in fired:
        print(line)

asyncio.run(main())
