# Condition.notify() wakes the oldest waiter; notify(2) the next two (in either order); notify_all the rest.
import threading
import time

cond = threading.Condition()
woken = []
ready = []

def waiter(name):
    with cond:
        ready.append(name)
        cond.wait()
        woken.append(name)

threads = []
for name in ("w1", "w2", "w3", "w4"):
    t = threading.Thread(target=waiter, args=(name,))
    t.start()
    threads.append(t)
    while True:         # wait until this waiter is parked before starting the next
        with cond:
            if name in ready:
                break
        time.sleep(0.005)

def wake(n):
    with cond:
        cond.notify(n)
    deadline = time.monotonic() + 2
    while len(woken) < target and time.monotonic() < deadline:
        time.sleep(0.005)

target = 1
wake(1)
print("notify(1) woke the oldest:", woken)
target = 3
wake(2)
print("notify(2) woke the next two:", sorted(woken[1:]))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("notify_all woke the last:", woken[3:])
