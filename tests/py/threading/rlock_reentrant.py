# RLock: the owner may re-acquire; others cannot take or release it
import threading

rlock = threading.RLock()
log = []


def nested(depth):
    with rlock:
        log.append(depth)
        if depth < 3:
            nested(depth + 1)


nested(1)
print(log)
print(rlock.acquire(), rlock.acquire(), rlock.acquire(blocking=False))
outcome = {}


def intruder():
    outcome["acquire"] = rlock.acquire(blocking=False)
    outcome["timeout"] = rlock.acquire(timeout=0.02)
    try:
        rlock.release()
    except RuntimeError as e:
        outcome["release"] = str(e)


t = threading.Thread(target=intruder)
t.start()
t.join()
print(outcome)
for _ in range(3):
    rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
t = threading.Thread(target=lambda: outcome.update(free=rlock.acquire(False)))
t.start()
t.join()
print(outcome["free"])
try:
    rlock.release()   # held by the finished thread, not by us
except RuntimeError as e:
    print(type(e).__name__, e)
