# Lock.acquire(timeout=...) gives up after the timeout; blocking=False with a timeout is a ValueError.
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


lock = threading.Lock()
holder_ready = threading.Event()
finish = threading.Event()

def holder():
    with lock:
        holder_ready.set()
        finish.wait()

t = threading.Thread(target=holder)
t.start()
holder_ready.wait()
start = time.perf_counter()
got = lock.acquire(timeout=0.2)
print("acquired:", got, "waited:", at_least(time.perf_counter() - start, 0.2))
print("non-blocking:", lock.acquire(blocking=False), lock.acquire(False))
print("timeout 0:", lock.acquire(timeout=0))
for bad in (dict(blocking=False, timeout=1), dict(blocking=False, timeout=0)):
    try:
        lock.acquire(**bad)
    except ValueError as e:
        print("ValueError:", e)
finish.set()
t.join()
print("after holder left:", lock.acquire(timeout=1), lock.locked())
lock.release()
print("with returns True:", lock.__enter__())
lock.__exit__(None, None, None)
print(lock.locked())
