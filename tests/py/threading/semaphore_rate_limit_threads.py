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

def run_all():
    threads = [threading.Thread(target=call_api, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

# A first round untimed: starting the first threads of a program can take longer than the later
# ones (under WebAssembly each may need a new Web Worker), which is not what this measures.
run_all()
calls.clear()
peak = 0
start = time.perf_counter()
run_all()
print("calls:", sorted(calls))
print("peak:", peak)
print("elapsed:", tenths(time.perf_counter() - start))
print("semaphore back to 2:", sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
