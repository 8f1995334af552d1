# A bounded Queue blocks the producer until the consumer makes room; order is kept
import queue
import threading

q = queue.Queue(maxsize=1)
sizes = []


def producer():
    for i in range(5):
        q.put(i)
        sizes.append(q.qsize())
    q.put(None)


received = []


def consumer():
    while (item := q.get()) is not None:
        received.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(received)
print("never above maxsize:", max(sizes) <= 1, len(sizes))
print(q.empty(), q.unfinished_tasks)
q.put("x")
try:
    q.put("y", timeout=0.01)
except queue.Full:
    print("full while nobody takes")
