# enum: an Enum of task states driven by asyncio tasks, with a Flag of capabilities
import asyncio
from enum import Enum, Flag, auto

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def finished(self):
        return self in (State.DONE, State.FAILED)

class Cap(Flag):
    READ = auto()
    WRITE = auto()

log = []
states = {}

async def job(name, delay, caps, fail=False):
    states[name] = State.RUNNING
    log.append((name, states[name].name, str(caps)))
    await asyncio.sleep(delay)
    if fail:
        states[name] = State.FAILED
        raise RuntimeError(f'{name} failed')
    states[name] = State.DONE
    return name, caps

async def main():
    specs = [('a', 0.02, Cap.READ), ('b', 0.01, Cap.READ | Cap.WRITE), ('c', 0.03, Cap(0), True)]
    for name, *_ in specs:
        states[name] = State.PENDING
    print({n: s.name for n, s in states.items()})
    tasks = [asyncio.create_task(job(*spec)) for spec in specs]
    await asyncio.sleep(0)
    print(sorted((n, repr(s)) for n, s in states.items()))
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(repr(r) if isinstance(r, Exception) else (r[0], repr(r[1]), Cap.WRITE in r[1]))
    print(log)
    print({n: (s.name, s.finished) for n, s in sorted(states.items())})
    counts = {}
    for s in states.values():
        counts[s] = counts.get(s, 0) + 1
    print(sorted((s.value, c) for s, c in counts.items()), [s for s in State if not s.finished])

asyncio.run(main())
