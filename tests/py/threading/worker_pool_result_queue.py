# A fixed pool of worker threads: jobs from one queue.Queue, results to another, None stops each worker.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()

def worker():
    handled = 0
    while True:
        n = jobs.get()
        if n is None:
            results.put(("done", threading.current_thread().name, handled))
            jobs.task_done()
            return
        results.put(("square", n, n * n))
        handled += 1
        jobs.task_done()

pool = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
for t in pool:
    t.start()
for n in range(10):
    jobs.put(n)
jobs.join()
squares = []
while not results.empty():
    squares.append(results.get_nowait())
print(sorted(s[2] for s in squares))
for _ in pool:
    jobs.put(None)
for t in pool:
    t.join()
reports = [results.get_nowait() for _ in pool]
print(sorted(name for _, name, _ in reports))
print("jobs handled in all:", sum(count for _, _, count in reports))
print("queues empty:", jobs.empty(), results.empty())
