# Re-acquiring a plain Lock in the same thread blocks (seen via a timeout); an RLock lets the owner in.
import threading

def nested(lock, label):
    with lock:
        again = lock.acquire(timeout=0.05)
        print(label, "re-acquire from the owner:", again)
        if again:
            lock.release()

nested(threading.Lock(), "Lock ")
nested(threading.RLock(), "RLock")

lock = threading.Lock()
lock.acquire()
def other_releases():
    lock.release()        # a plain Lock may be released by any thread
t = threading.Thread(target=other_releases)
t.start()
t.join()
print("Lock released by another thread:", not lock.locked())

rlock = threading.RLock()
rlock.acquire()
errors = []
def other_tries():
    try:
        rlock.release()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=other_tries)
t.start()
t.join()
print("RLock release from another thread:", errors)
rlock.release()
print(type(threading.Lock()).__name__ in ("lock", "LockType"), callable(threading.RLock))
