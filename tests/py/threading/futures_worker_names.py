# Pool workers are named PREFIX_N (default prefix ThreadPoolExecutor-K) and are not daemons
import concurrent.futures as cf
import threading

barrier = threading.Barrier(3)


def name_after_barrier():
    barrier.wait()   # all three tasks run at once: three distinct workers
    return threading.current_thread().name


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    names = sorted(f.result() for f in [ex.submit(name_after_barrier) for _ in range(3)])
print(names)
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with cf.ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
    worker = ex.submit(threading.current_thread).result()
    print(worker.daemon, worker is not threading.main_thread())
print(threading.active_count(), worker.is_alive())
