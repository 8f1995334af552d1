# Barrier: timeout and abort break it (BrokenBarrierError); reset() repairs it
import threading
import time

b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, repr(e), isinstance(e, RuntimeError))
print("broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, b.n_waiting)

outcome = []
b2 = threading.Barrier(3)
arrived = threading.Semaphore(0)


def waiter():
    arrived.release()
    try:
        b2.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


threads = [threading.Thread(target=waiter) for _ in range(2)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
while b2.n_waiting < 2:
    time.sleep(0.001)
print("waiting:", b2.n_waiting)
b2.abort()
for t in threads:
    t.join()
print(outcome, b2.broken)
b2.reset()
results = []
threads = [threading.Thread(target=lambda: results.append(b2.wait())) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), b2.broken)
