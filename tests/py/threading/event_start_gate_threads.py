# An Event as a start gate: threads wait, one set() releases all; wait(timeout) reports the flag.
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


gate = threading.Event()
arrived = threading.Semaphore(0)
finished = []
lock = threading.Lock()

def runner(name):
    arrived.release()
    gate.wait()
    with lock:
        finished.append(name)

threads = [threading.Thread(target=runner, args=(f"r{i}",)) for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
time.sleep(0.05)
print("before set:", finished, gate.is_set())
gate.set()
for t in threads:
    t.join()
print("after set:", sorted(finished))
print("wait on set event:", gate.wait(), gate.wait(0))
gate.clear()
start = time.perf_counter()
print("wait(0.1) on cleared event:", gate.wait(0.1), at_least(time.perf_counter() - start, 0.1))
threading.Timer(0.05, gate.set).start()
print("set by a Timer:", gate.wait(2))
