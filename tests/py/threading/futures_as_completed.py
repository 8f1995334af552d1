# as_completed: futures come out as they finish; a timeout says how many are unfinished
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(3)]


def wait_gate(i):
    gates[i].wait()
    return i


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(wait_gate, i) for i in range(3)]
    it = cf.as_completed(fs)
    order = []
    for i in (2, 0, 1):   # open one gate at a time: the finishing order is forced
        gates[i].set()
        order.append(next(it).result())
    print(order)
    print(list(it))
    print(sorted(f.result() for f in cf.as_completed(fs + fs)))
    block = threading.Event()
    pending = [ex.submit(block.wait) for _ in range(2)] + [fs[0]]
    try:
        for f in cf.as_completed(pending, timeout=0.03):
            print("completed:", f.result())
    except cf.TimeoutError as e:
        print(type(e).__name__, e)
    block.set()
    print(sorted(f.result() for f in cf.as_completed(pending)))
