# Timer: fires after its interval with args/kwargs; cancel() before that stops it
import threading
import time

fired = []
t = threading.Timer(0.03, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"x": 3})
start = time.monotonic()
t.start()
t.join()
print(fired, time.monotonic() - start >= 0.025)

c = threading.Timer(10, fired.append, args=("never",))
c.start()
c.cancel()
start = time.monotonic()
c.join()
print(fired[-1], "cancelled quickly:", time.monotonic() - start < 5)
print(c.finished.is_set(), c.is_alive())

late = threading.Timer(0.01, fired.append, args=("late",))
late.start()
late.join()
late.cancel()   # after firing: no effect
print(fired[-1])
print(isinstance(late, threading.Thread), late.interval, late.args, late.kwargs)
z = threading.Timer(0, fired.append, ["zero"])
z.start()
z.join()
print(fired[-1])
