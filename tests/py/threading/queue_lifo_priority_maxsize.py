# LifoQueue and PriorityQueue with maxsize: Full on put_nowait, ordering, tuples with ties.
import queue

for cls in (queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=2)
    q.put(("b", 2))
    q.put_nowait(("a", 1))
    print(cls.__name__, q.full(), q.qsize())
    try:
        q.put_nowait(("c", 3))
    except queue.Full:
        print("  Full, as expected")
    try:
        q.put(("c", 3), timeout=0.01)
    except queue.Full:
        print("  Full after a timeout too")
    print("  ", q.get(), q.get_nowait(), q.empty())
pq = queue.PriorityQueue()
for item in [(2, "two"), (1, "one-b"), (1, "one-a"), (0, "zero")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
jobs = queue.PriorityQueue()
for prio, name in ((5, "low"), (1, "urgent"), (3, "normal")):
    jobs.put(Job(prio, name))
print([jobs.get().name for _ in range(3)])
try:
    bad = queue.PriorityQueue()
    bad.put(object())
    bad.put(object())
except TypeError as e:
    print("TypeError:", str(e).split(" between ")[0])
