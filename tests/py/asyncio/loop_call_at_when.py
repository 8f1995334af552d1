# call_later/call_at return TimerHandles whose when() is absolute loop time; they fire in time order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    h1 = loop.call_at(now + 0.2, fired.append, "call_at +0.2")
    h2 = loop.call_later(0.1, fired.append, "call_later 0.1")
    h3 = loop.call_later(0.3, fired.append, "call_later 0.3")
    h4 = loop.call_soon(fired.append, "call_soon")
    print("when() difference:", round(h1.when() - now, 1), round(h3.when() - h2.when(), 1))
    print(type(h1).__name__, type(h4).__name__, hasattr(h4, "when"))
    h3.cancel()
    done = loop.create_future()
    loop.call_later(0.35, done.set_result, "finished")
    print(await done)
    print(fired)
    print("h3 cancelled:", h3.cancelled(), "h2 cancelled:", h2.cancelled())

asyncio.run(main())
