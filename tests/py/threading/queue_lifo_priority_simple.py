# LifoQueue, PriorityQueue and SimpleQueue ordering and API
import queue
import threading

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue(maxsize=10)
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
try:
    pq.get_nowait()
except queue.Empty:
    print("priority queue empty")
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple queue empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(sq, "task_done"), hasattr(sq, "join"))
got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
sq.put("handed over")
t.join()
print(got)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
