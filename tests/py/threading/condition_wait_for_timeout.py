# Condition.wait_for returns the predicate's value, or its last (false) value when the timeout ends.
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


cond = threading.Condition()
inbox = []

def deliver():
    time.sleep(0.1)
    with cond:
        inbox.append("letter")
        cond.notify()

with cond:
    start = time.perf_counter()
    result = cond.wait_for(lambda: len(inbox) > 5 or None, timeout=0.1)
    print("timed out with:", result, at_least(time.perf_counter() - start, 0.1))
t = threading.Thread(target=deliver)
t.start()
with cond:
    result = cond.wait_for(lambda: inbox[:], timeout=2)
    print("woken with:", result)
t.join()
with cond:
    print("already true, no wait:", cond.wait_for(lambda: "ready"))
    print("wait(0) times out:", cond.wait(0))
try:
    cond.wait_for(lambda: False, timeout=0)
except RuntimeError as e:
    print("RuntimeError:", e)
