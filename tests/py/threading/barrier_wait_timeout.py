# Barrier.wait(timeout): the party that times out breaks the barrier; later waits fail at once.
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


b = threading.Barrier(3, timeout=5)
results = []

def lone_waiter(timeout):
    start = time.perf_counter()
    try:
        b.wait(timeout)
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append(("broken", at_least(time.perf_counter() - start, 0.2)))

t = threading.Thread(target=lone_waiter, args=(0.2,))
t.start()
t.join()
print("only one of three arrived:", results)
print("broken:", b.broken)
start = time.perf_counter()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("a broken barrier fails immediately:", time.perf_counter() - start < 0.5)
b.reset()
threads = [threading.Thread(target=lone_waiter, args=(2,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("after reset, three parties:", results[1:])
