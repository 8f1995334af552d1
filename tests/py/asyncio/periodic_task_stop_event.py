# A periodic background task runs until an Event asks it to stop; then it finishes its current round.
import asyncio

async def heartbeat(stop, beats, period):
    n = 0
    while not stop.is_set():
        n += 1
        beats.append(n)
        try:
            await asyncio.wait_for(stop.wait(), timeout=period)
        except TimeoutError:
            pass
    return f"stopped after {n} beats"

async def main():
    stop = asyncio.Event()
    beats = []
    hb = asyncio.create_task(heartbeat(stop, beats, 0.2))
    await asyncio.sleep(0.5)    # beats at 0.0, 0.2 and 0.4
    print("beats so far:", beats)
    stop.set()
    print(await hb)
    print("stopped promptly, no extra beat:", beats)
    stop2 = asyncio.Event()
    stop2.set()
    print(await heartbeat(stop2, [], 1))

asyncio.run(main())
