# Retrying a flaky call with wait_for timeouts and growing back-off delays until it succeeds.
import asyncio

attempts = []

async def flaky_call(n):
    attempts.append(n)
    if n == 1:
        await asyncio.sleep(1)          # hangs: the timeout cuts it off
    if n == 2:
        raise ConnectionError("reset by peer")
    return f"ok on attempt {n}"

async def with_retries(max_tries, timeout, delay):
    for n in range(1, max_tries + 1):
        try:
            return await asyncio.wait_for(flaky_call(n), timeout)
        except (TimeoutError, ConnectionError) as e:
            print(f"attempt {n} failed: {type(e).__name__}; waiting {delay}")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")

async def main():
    print(await with_retries(5, 0.1, 0.01))
    print("attempts:", attempts)
    attempts.clear()
    try:
        await with_retries(2, 0.1, 0.01)
    except RuntimeError as e:
        print("RuntimeError:", e, attempts)

asyncio.run(main())
