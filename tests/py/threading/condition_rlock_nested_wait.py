# Condition over an RLock held twice: wait() releases every level, then restores them
import threading

lock = threading.RLock()
cond = threading.Condition(lock)
ready = []


def producer():
    with lock:   # would block for ever if wait() kept one level of the RLock
        ready.append("item")
        cond.notify()


with lock:
    with cond:
        threading.Thread(target=producer).start()
        print(cond.wait_for(lambda: ready, timeout=5))
    print("one level left:", lock.acquire(blocking=False))
    lock.release()
try:
    lock.release()   # both levels are gone now
except RuntimeError as e:
    print(type(e).__name__, e)

calls = []


def never():
    calls.append(1)
    return len(calls) * 0   # falsy, but not False


with cond:
    result = cond.wait_for(never, timeout=0)
print(repr(result), len(calls))
with cond:
    print(cond.wait(0), cond.wait(-1), cond.wait_for(lambda: "x" * 2, timeout=0))
plain = threading.Condition(threading.Lock())
with plain as entered:
    print("with returns", entered)
    plain.notify_all()
