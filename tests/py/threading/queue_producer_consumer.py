# Queue: producers and consumers with task_done()/join(); None stops each consumer
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            processed.append(item * 2)
        q.task_done()


def producer(start):
    for i in range(start, start + 50):
        q.put(i)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(s,)) for s in (0, 50)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()   # returns once every item put so far is task_done()
with lock:
    print("processed:", len(processed), sum(processed))
print("unfinished:", q.unfinished_tasks)
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
print(sorted(processed)[:5], sorted(processed)[-1])
print(q.qsize(), q.empty(), [t.is_alive() for t in consumers])
