# I/O-bound downloads: sequential, Thread per job and ThreadPoolExecutor(2), as rounded elapsed times.
import concurrent.futures
import threading
import time


def tenths(seconds):
    # sleeps never end early: shifting by 40 ms leaves room for 90 ms of scheduling overhead
    return round(seconds - 0.04, 1)


def download(n):
    time.sleep(0.1)
    return f"file{n}"

def sequential():
    return [download(n) for n in range(4)]

def thread_per_job():
    out = [None] * 4
    def run(n):
        out[n] = download(n)
    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out

def small_pool():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(download, range(4)))

for name, fn in (("sequential", sequential), ("threads", thread_per_job), ("pool of 2", small_pool)):
    start = time.perf_counter()
    files = fn()
    print(f"{name:11}", files, tenths(time.perf_counter() - start))
