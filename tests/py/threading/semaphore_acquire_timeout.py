# threading.Semaphore: acquire(timeout) fails when empty, release(n) adds n, blocked acquirers wake.
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


sem = threading.Semaphore(1)
print("first:", sem.acquire(), "second non-blocking:", sem.acquire(blocking=False))
start = time.perf_counter()
print("timed:", sem.acquire(timeout=0.1), at_least(time.perf_counter() - start, 0.1))
got = []

def taker(name):
    if sem.acquire(timeout=2):
        got.append(name)

threads = [threading.Thread(target=taker, args=(n,)) for n in ("a", "b", "c")]
for t in threads:
    t.start()
sem.release(3)
for t in threads:
    t.join()
print("all three got a slot:", sorted(got))
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
sem.release(2)
print([sem.acquire(blocking=False) for _ in range(3)])
b = threading.BoundedSemaphore(2)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
