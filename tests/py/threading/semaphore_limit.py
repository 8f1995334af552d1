# Semaphore(2) lets at most two threads into the section at once
import threading
import time

sem = threading.Semaphore(2)
stats_lock = threading.Lock()
inside = 0
max_inside = 0
done = []


def job(i):
    global inside, max_inside
    with sem:
        with stats_lock:
            inside += 1
            max_inside = max(max_inside, inside)
        time.sleep(0.01)
        with stats_lock:
            inside -= 1
            done.append(i)


threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max inside <= 2:", max_inside <= 2)
print("inside now:", inside)
print("done:", sorted(done))
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
print(sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
