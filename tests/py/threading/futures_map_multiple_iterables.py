# Executor.map over several iterables stops at the shortest; results are lazy but in order; timeout.
import concurrent.futures
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


def combine(a, b, c=""):
    return f"{a}{b}{c}"

def slow(x):
    time.sleep(x)
    return x

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(combine, "abcd", [1, 2, 3])))
    print(list(pool.map(combine, "xy", "12", "!?")))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1], chunksize=2)))
    results = pool.map(slow, [0.2, 0.05])
    print(type(results).__name__ in ("generator", "iterator") or hasattr(results, "__next__"))
    print("first (slow) result:", next(results), "second:", next(results))
    start = time.perf_counter()
    it = pool.map(slow, [0.05, 0.5], timeout=0.2)
    print("within timeout:", next(it))
    try:
        next(it)
    except concurrent.futures.TimeoutError:
        print("TimeoutError after", at_least(time.perf_counter() - start, 0.2))
    print(list(pool.map(combine, [], [])))
print(concurrent.futures.TimeoutError is TimeoutError)
