# Leaving a ThreadPoolExecutor's with block waits for all submitted work, then refuses new submits.
import concurrent.futures
import time

finished = []

def job(n):
    time.sleep(0.05 * n)
    finished.append(n)
    return n

start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(job, n) for n in (3, 1, 2)]
    print("inside: all done?", all(f.done() for f in futures))
print("after with: all done?", all(f.done() for f in futures), sorted(finished))
print("took at least the slowest job:", time.perf_counter() - start >= 0.14)
try:
    pool.submit(job, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with concurrent.futures.ThreadPoolExecutor(2) as pool2:
        f = pool2.submit(job, 1)
        raise KeyError("body failed")
except KeyError as e:
    print("KeyError escapes after waiting:", f.done(), f.result())
pool.shutdown()
print("shutdown twice is fine")
try:
    concurrent.futures.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
