# Condition: errors without the lock, wait timeouts, notify(n) and notify_all
import threading

cond = threading.Condition(threading.Lock())
for action in (cond.wait, cond.notify, cond.notify_all):
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)
with cond:
    print("wait timed out ->", cond.wait(0.02))
    print("wait_for ->", cond.wait_for(lambda: 0, timeout=0.02))
    print("wait_for true ->", cond.wait_for(lambda: "ready"))
    cond.notify()   # nobody waiting: fine

woken = []
waiting = threading.Semaphore(0)
finished = threading.Semaphore(0)


def waiter(i):
    with cond:
        waiting.release()
        cond.wait()
        woken.append(i)
    finished.release()


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    waiting.acquire()   # each waiter holds the lock until it waits
with cond:
    cond.notify(2)
finished.acquire()
finished.acquire()
print("after notify(2):", len(woken), finished.acquire(timeout=0.02))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("all woken:", sorted(woken))
rc = threading.Condition()
with rc:
    with rc:
        print("RLock-based condition is reentrant")
