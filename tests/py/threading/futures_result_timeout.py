# Future.result(timeout) and exception(timeout) raise TimeoutError while the work still runs.
import concurrent.futures
import threading

release = threading.Event()

def gated(value):
    release.wait()
    if value is None:
        raise ArithmeticError("no value")
    return value

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    ok = pool.submit(gated, 10)
    bad = pool.submit(gated, None)
    for label, call in (("result", lambda: ok.result(timeout=0.05)),
                        ("exception", lambda: bad.exception(timeout=0.05))):
        try:
            call()
        except concurrent.futures.TimeoutError as e:
            print(label, "-> TimeoutError", type(e).__name__)
    print("running:", ok.running(), bad.running(), "done:", ok.done(), bad.done())
    release.set()
    print(ok.result(timeout=2), repr(bad.exception(timeout=2)))
    try:
        bad.result()
    except ArithmeticError as e:
        print("result() re-raises:", e)
    print("done:", ok.done(), bad.done(), "running:", ok.running())
