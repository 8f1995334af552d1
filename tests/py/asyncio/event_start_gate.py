# An Event as a starting gun: runners wait at the gate, set() releases all; wait() then returns at once.
import asyncio

async def runner(name, gate, finish):
    print(name, "at the gate")
    await gate.wait()
    print(name, "running")
    await asyncio.sleep(len(name) / 20)
    finish.append(name)

async def main():
    gate = asyncio.Event()
    finish = []
    tasks = [asyncio.create_task(runner(n, gate, finish)) for n in ("bo", "al", "eve-x")]
    await asyncio.sleep(0.02)
    print("is_set:", gate.is_set(), "- firing")
    gate.set()
    await asyncio.gather(*tasks)
    print("finish:", finish[2], sorted(finish[:2]))
    print("wait on a set event:", await gate.wait())
    gate.clear()
    print("cleared:", gate.is_set())
    try:
        await asyncio.wait_for(gate.wait(), 0.05)
    except TimeoutError:
        print("cleared event blocks again")
    asyncio.get_running_loop().call_later(0.05, gate.set)
    print("set by call_later:", await gate.wait())
    print(repr(gate).endswith("[set]>"))

asyncio.run(main())
