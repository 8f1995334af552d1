# Queue.join waits until every put item got task_done(); unfinished_tasks counts down as workers finish.
import queue
import threading

q = queue.Queue()
done_items = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        try:
            if item == "stop":
                return
            with lock:
                done_items.append(item * 3)
        finally:
            q.task_done()

workers = [threading.Thread(target=worker, daemon=True) for _ in range(2)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
print("unfinished after puts (at most 20):", q.unfinished_tasks <= 20)
q.join()
print("after join:", q.unfinished_tasks, len(done_items), sum(done_items))
for w in workers:
    q.put("stop")
q.join()
for w in workers:
    w.join()
print("workers finished:", [w.is_alive() for w in workers])
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
empty = queue.Queue()
empty.join()
print("join on an empty queue returns at once")
