# Negative and bad timeouts: Lock/RLock acquire, Semaphore, Event, Condition, Queue and join messages.
import queue
import threading

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

lock = threading.Lock()
attempt("Lock.acquire(timeout=-2)", lambda: lock.acquire(timeout=-2))
attempt("Lock.acquire(timeout=-1)", lambda: (lock.acquire(timeout=-1), lock.release())[0])
attempt("RLock.acquire(timeout=-0.5)", lambda: threading.RLock().acquire(timeout=-0.5))
attempt("Lock.acquire(timeout='x')", lambda: lock.acquire(timeout="x"))
attempt("Semaphore.acquire(False, 1)", lambda: threading.Semaphore(1).acquire(False, 1))
attempt("Event.wait(-1)", lambda: threading.Event().wait(-1))
q = queue.Queue()
attempt("Queue.get(timeout=-1)", lambda: q.get(timeout=-1))
attempt("Queue.put(1, timeout=-1)", lambda: q.put(1, timeout=-1))
t = threading.Thread(target=len, args=("",))
t.start()
attempt("Thread.join(-5)", lambda: t.join(-5))
t.join()
cond = threading.Condition()
with cond:
    attempt("Condition.wait(-1)", lambda: cond.wait(-1))
