# wait(): FIRST_COMPLETED, timeout, FIRST_EXCEPTION and ALL_COMPLETED done/not_done sets
import concurrent.futures as cf
import threading

gate = threading.Event()


def boom():
    raise ValueError("bad")


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    quick = ex.submit(sum, [1, 2, 3])
    slow = ex.submit(gate.wait)
    done, not_done = cf.wait([quick, slow], return_when=cf.FIRST_COMPLETED)
    print(len(done), len(not_done), quick in done, slow in not_done)
    done, not_done = cf.wait([quick, slow], timeout=0.02)
    print(len(done), len(not_done))
    failing = ex.submit(boom)
    done, not_done = cf.wait([slow, failing], return_when=cf.FIRST_EXCEPTION)
    print(failing in done, slow in not_done)
    res = cf.wait([quick, failing], return_when=cf.FIRST_EXCEPTION)
    print(type(res).__name__, len(res.done), len(res.not_done))
    gate.set()
    done, not_done = cf.wait([quick, slow, failing])
    print(len(done), len(not_done), slow.result(), quick.result())
print(cf.wait([]))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
try:
    cf.wait([cf.Future()], return_when="SOMETIMES")
except ValueError as e:
    print(type(e).__name__, e)
