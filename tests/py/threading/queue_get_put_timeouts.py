# Queue.get/put with timeouts: Empty/Full after about the timeout; a waiting get is served by a later put.
import queue
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


q = queue.Queue(maxsize=1)
start = time.perf_counter()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get: Empty after", at_least(time.perf_counter() - start, 0.1))
q.put("x")
start = time.perf_counter()
try:
    q.put("y", timeout=0.1)
except queue.Full:
    print("put: Full after", at_least(time.perf_counter() - start, 0.1))
print("still holds:", q.get())
def slow_put():
    time.sleep(0.1)
    q.put("late item")
t = threading.Thread(target=slow_put)
t.start()
print("a waiting get receives:", q.get(timeout=2))
t.join()
q.put("block me")
def slow_get():
    time.sleep(0.1)
    print("consumer took:", q.get())
t = threading.Thread(target=slow_get)
t.start()
q.put("fits once there is room", timeout=2)
t.join()
print("final:", q.get_nowait(), q.empty())
try:
    q.get(block=False, timeout=5)
except queue.Empty:
    print("block=False ignores the timeout")
