# queue.SimpleQueue: unbounded FIFO; put's block/timeout are accepted and ignored; get timeouts raise Empty.
import queue
import threading
import time


def at_least(seconds, expected):
    # timers never end early (10 ms allowed for clock granularity); how late they are is not checked
    return f">= {expected}" if seconds >= expected - 0.01 else f"only {seconds:.3f}"


sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False)
sq.put(3, timeout=5)
sq.put_nowait(4)
print(sq.qsize(), [sq.get() for _ in range(4)])
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
start = time.perf_counter()
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("Empty after", at_least(time.perf_counter() - start, 0.1))
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty with block=False")
def later():
    time.sleep(0.05)
    sq.put("from thread")
threading.Thread(target=later).start()
print(sq.get(timeout=2))
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"))
