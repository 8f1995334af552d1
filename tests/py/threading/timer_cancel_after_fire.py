# Timer: a Thread subclass; interval and args; cancel() before firing stops it, after firing does nothing.
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


fired = []
t = threading.Timer(0.1, fired.append, args=["first"])
print(isinstance(t, threading.Thread), t.interval, t.is_alive())
start = time.perf_counter()
t.start()
t.join()
print(fired, "after", at_least(time.perf_counter() - start, 0.1))
t.cancel()
print("cancel after firing is harmless:", fired, t.finished.is_set())
stopped = threading.Timer(0.3, fired.append, kwargs={"object": "never"})
stopped.start()
time.sleep(0.05)
stopped.cancel()
stopped.join()
print("cancelled in time:", fired, stopped.is_alive())
early = threading.Timer(10, fired.append, ["never either"])
early.cancel()
early.start()
early.join(2)
print("cancelled before start:", fired, early.is_alive())
named = threading.Timer(0, fired.append, ["zero"])
named.name = "my-timer"
named.start()
named.join()
print(named.name, fired)
