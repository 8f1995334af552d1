# A pool hands new work to an idle worker before starting another thread, up to max_workers
import concurrent.futures as cf
import threading
import time


def worker_name():
    return threading.current_thread().name


def run_alone(ex):
    name = ex.submit(worker_name).result()
    time.sleep(0.02)   # let the worker get back to waiting for work
    return name


def names_of(futures):
    return sorted(f.result() for f in futures)


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    # One after the other: the same (idle) worker every time.
    print([run_alone(ex) for _ in range(4)])
    # Two that must overlap: the idle worker takes one, a second thread is started.
    two = threading.Barrier(2, timeout=5)
    pair = [ex.submit(lambda: (two.wait(), worker_name())[1]) for _ in range(2)]
    print(names_of(pair))
    # Three that must overlap: both idle workers are used, a third thread is started.
    three = threading.Barrier(3, timeout=5)
    trio = [ex.submit(lambda: (three.wait(), worker_name())[1]) for _ in range(3)]
    print(names_of(trio))
    # At max_workers: extra work queues up and the same three threads run it.
    gate = threading.Event()
    blocked = [ex.submit(gate.wait) for _ in range(3)]
    queued = [ex.submit(worker_name) for _ in range(5)]
    print(sum(f.done() for f in queued), "done while all workers are busy")
    gate.set()
    print(set(names_of(queued)) <= {"pool_0", "pool_1", "pool_2"})
    print(all(f.result() for f in blocked))
print(threading.active_count())
