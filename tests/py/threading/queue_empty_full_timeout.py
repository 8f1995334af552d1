# Queue: Empty/Full with nowait and timeouts, bad timeouts, task_done too often
import queue
import time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
start = time.monotonic()
try:
    q.get(timeout=0.03)
except queue.Empty:
    print("Empty after timeout:", time.monotonic() - start >= 0.025)
q.put("a")
q.put_nowait("b")
print(q.qsize(), q.full())
try:
    q.put("c", block=False)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put("c", timeout=0.02)
except queue.Full:
    print("Full after timeout")
for bad in (lambda: q.put("c", timeout=-1), lambda: q.get(timeout=-0.5)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(q.get(), q.get(block=False), q.empty())
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
q.join()   # nothing unfinished: returns at once
unbounded = queue.Queue()
for i in range(100):
    unbounded.put_nowait(i)
print(unbounded.full(), unbounded.qsize(), unbounded.get(timeout=0))
print(list(unbounded.queue)[:3], type(unbounded.queue).__name__)
