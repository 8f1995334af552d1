# Logging inside asyncio coroutines: per-task loggers, exceptions logged from a failing task
# with logger.exception (a Formatter subclass shortens the traceback), threadName MainThread.
import asyncio
import logging
import sys



class Short(logging.Formatter):
    # Only the exception itself: file paths and asyncio's frames differ between interpreters.
    def formatException(self, exc_info):
        return "  -> %r" % (exc_info[1],)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Short("%(threadName)s:%(name)s:%(levelname)s: %(message)s"))
logging.basicConfig(handlers=[handler], level=logging.INFO)
log = logging.getLogger("jobs")
log.setLevel(logging.DEBUG)


async def job(n):
    child = log.getChild(f"job{n}")
    child.debug("start %d", n)
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    child.info("done %d", n)
    return n * 10


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(1, 4)]
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except ValueError:
            log.exception("a job failed")
    log.info("results %s", results)
    log.warning("%d of %d jobs succeeded", len(results), len(tasks))


asyncio.run(main())
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("jobs")))
