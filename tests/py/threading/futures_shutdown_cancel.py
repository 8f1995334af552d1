# shutdown(): no submits afterwards; cancel_futures cancels queued work; wait=False still runs it
import concurrent.futures as cf
import threading

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "blocker done"


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
queued = [ex.submit(pow, 2, i) for i in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in queued], first.running())
gate.set()
print(first.result())
ex.shutdown(wait=True)
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print(type(e).__name__, e)
ex2 = cf.ThreadPoolExecutor(max_workers=2)
fs = [ex2.submit(pow, 3, i) for i in range(4)]
ex2.shutdown(wait=False)
print([f.result() for f in fs])
with cf.ThreadPoolExecutor() as ex3:
    f = ex3.submit(lambda: "inside with")
print(f.done(), f.result())
for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
