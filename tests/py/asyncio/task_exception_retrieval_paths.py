# Which asyncio APIs retrieve a task's exception, and where a dropped unretrieved one is reported.
import asyncio
async def fail(n, d=0):
    await asyncio.sleep(d)
    raise ValueError(n)
async def ok():
    await asyncio.sleep(0.01)
    return 1
async def main():
    try:
        await asyncio.gather(fail(1), fail(2, 0.01))
    except ValueError as e:
        print("gather", e)
    await asyncio.sleep(0.05)
    print("gather return_exceptions", await asyncio.gather(fail(3), ok(), return_exceptions=True))
    done, pending = await asyncio.wait([asyncio.ensure_future(fail(4)), asyncio.ensure_future(ok())])
    print("wait", len(done), len(pending))
    del done, pending
    print("after wait")
    for f in asyncio.as_completed([fail(5), ok()]):
        try:
            print("as_completed", await f)
        except ValueError as e:
            print("as_completed err", e)
    try:
        await asyncio.wait_for(fail(6), 1)
    except ValueError as e:
        print("wait_for", e)
    try:
        await asyncio.shield(fail(7))
    except ValueError as e:
        print("shield", e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(8))
            tg.create_task(fail(9))
    except* ValueError as eg:
        print("taskgroup", sorted(str(e) for e in eg.exceptions))
    t = asyncio.ensure_future(fail(10))
    await asyncio.sleep(0.01)
    t.cancel()
    del t
    print("end")
asyncio.run(main())
