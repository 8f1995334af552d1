# wait() with every future already done returns immediately, whatever return_when says.
import concurrent.futures as cf

with cf.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(pow, 2, n) for n in range(4)]
    for f in futures:
        f.result()
    for mode in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
        done, not_done = cf.wait(futures, timeout=0, return_when=mode)
        print(mode, len(done), len(not_done))
    result = cf.wait(futures)
    print(type(result).__name__, result._fields, sorted(f.result() for f in result.done))
    failing = pool.submit(int, "x")
    failing.exception()
    done, not_done = cf.wait(futures + [failing], return_when=cf.FIRST_EXCEPTION)
    print("with a failure:", len(done), len(not_done))
    print(cf.wait([]))
