# as_completed: duplicate futures are yielded once; already finished ones come first; a generator of futures.
import concurrent.futures
import time

def nap(seconds):
    time.sleep(seconds)
    return seconds

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    done_already = pool.submit(nap, 0)
    done_already.result()
    slow = pool.submit(nap, 0.3)
    quick = pool.submit(nap, 0.1)
    order = [f.result() for f in concurrent.futures.as_completed([slow, quick, done_already, slow])]
    print("order:", order)
    gen = (pool.submit(nap, s) for s in (0.2, 0.05))
    print(sorted(f.result() for f in concurrent.futures.as_completed(gen)))
    print(list(concurrent.futures.as_completed([])))
    pending = pool.submit(nap, 0.3)
    try:
        for f in concurrent.futures.as_completed([quick, pending], timeout=0.1):
            print("yielded:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
