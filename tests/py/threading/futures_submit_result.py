# ThreadPoolExecutor.submit: result(), exceptions re-raised, timeouts, states, submit after shutdown
import concurrent.futures as cf
import threading
import time


def div(a, b):
    return a / b


gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(div, 10, 4)
    f2 = ex.submit(div, 1, b=0)
    print(f1.result(), f1.done(), f1.exception())
    try:
        f2.result()
    except ZeroDivisionError as e:
        print("raised:", type(e).__name__, e)
    print(type(f2.exception()).__name__, f2.done(), f2.cancelled())
    f3 = ex.submit(gate.wait)
    while not f3.running():
        time.sleep(0.001)
    print(f3.running(), f3.done(), f3.cancel())
    try:
        f3.result(timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cf.TimeoutError is TimeoutError)
    gate.set()
    print(f3.result(timeout=5), f3.running(), f3.done())
try:
    ex.submit(div, 1, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
