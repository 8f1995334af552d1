# measuring elapsed time with datetime.now() around asyncio tasks (only coarse properties printed)
import asyncio
from datetime import datetime, date, timedelta


async def work(name, delay, log):
    start = datetime.now()
    await asyncio.sleep(delay)
    elapsed = datetime.now() - start
    log.append((name, type(elapsed).__name__, elapsed >= timedelta(seconds=delay) - timedelta(milliseconds=5)))
    return elapsed


async def main():
    log = []
    begin = datetime.now()
    results = await asyncio.gather(work('a', 0.02, log), work('b', 0.01, log))
    total = datetime.now() - begin
    print(log)
    print([type(r) for r in results], total < timedelta(seconds=10))
    print(total.total_seconds() >= 0.01, isinstance(total.total_seconds(), float))  # timers never end early; how late is not checked


asyncio.run(main())
now = datetime.now()
print(type(now), type(date.today()), type(now.date()), now.tzinfo)
print(abs(datetime.fromtimestamp(now.timestamp()) - now) < timedelta(milliseconds=1))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.123456), datetime.utcfromtimestamp(86400))
print(datetime(2024, 1, 1, 12, 30).timestamp(), len(now.strftime('%H:%M:%S')), len(f'{now:%H:%M:%S.%f}'))
print(datetime.now() <= datetime.now(), date.fromtimestamp(86400 * 365))
