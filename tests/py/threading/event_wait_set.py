# Event: waiters are released together by set(); wait(timeout) returns the flag
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.wait(timeout=0))
ready = threading.Semaphore(0)
got = []
lock = threading.Lock()


def waiter(i):
    ready.release()
    result = ev.wait()
    with lock:
        got.append((i, result))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print("before set:", got)
ev.set()
for t in threads:
    t.join()
print("after set:", sorted(got))
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set(), ev.wait(0.01))
timer = threading.Timer(0.02, ev.set)
timer.start()
print("set by timer:", ev.wait(5))
timer.join()
