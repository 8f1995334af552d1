# initializer runs in each worker before its work; a failing one breaks the pool
import concurrent.futures as cf
import threading

local = threading.local()
inits = []


def init(tag):
    local.tag = tag
    inits.append(threading.current_thread().name)


with cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(lambda: local.tag).result())
    print(ex.submit(lambda: local.tag * 2).result())
print(inits)


def bad_init():
    raise OSError("no resources")


ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 3)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(pow, 2, 3)
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__)
ex.shutdown()
print("main continues")
