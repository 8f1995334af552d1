# Rate limiting threads: Semaphore(2) lets six 0.1 s calls through two at a time (about 0.3 s).
import threading
import time


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


sem = threading.Semaphore(2)
state_lock = threading.Lock()
active = 0
peak = 0
calls = []

def call_api(n):
    global active, peak
    with sem:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with state_lock:
            active -= 1
            calls.append(n)

start = time.perf_counter()
threads = [threading.Thread(target=call_api, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("calls:", sorted(calls))
print("peak:", peak)
print("elapsed:", tenths(time.perf_counter() - start))
print("semaphore back to 2:", sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
