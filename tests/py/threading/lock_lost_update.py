# A Lock around read-modify-write keeps a shared counter exact across threads
import threading
import time

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            if value % 500 == 0:
                time.sleep(0)   # invite a switch inside the critical section
            counter = value + 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
print(threading.ThreadError is RuntimeError)
