# The classic: two producer threads and two consumers over a bounded queue.Queue, one sentinel per consumer.
import queue
import threading

q = queue.Queue(maxsize=3)
eaten = {}
lock = threading.Lock()

def producer(kind, count):
    for i in range(count):
        q.put(f"{kind}{i}")

def consumer(name):
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    with lock:
        eaten[name] = mine

producers = [threading.Thread(target=producer, args=(k, 5)) for k in ("apple", "pear")]
consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
everything = sorted(eaten["c0"] + eaten["c1"])
print(len(everything), everything)
for kind in ("apple", "pear"):
    own = [x for x in eaten["c0"] if x.startswith(kind)]
    print(kind, "order kept within one consumer:", own == sorted(own))
print("queue empty:", q.empty(), "maxsize:", q.maxsize)
