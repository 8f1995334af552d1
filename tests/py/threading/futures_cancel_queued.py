# cancel(): a queued future can be cancelled, a running or finished one cannot.
import concurrent.futures
import threading

started = threading.Event()
release = threading.Event()

def blocker():
    started.set()
    release.wait()
    return "blocker done"

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(blocker)
    started.wait()
    queued = pool.submit(str.upper, "never")
    print("cancel running:", running.cancel(), running.running())
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
    print("cancel again:", queued.cancel())
    try:
        queued.result()
    except concurrent.futures.CancelledError as e:
        print("result() raises CancelledError")
    try:
        queued.exception()
    except concurrent.futures.CancelledError:
        print("exception() raises CancelledError too")
    release.set()
    print(running.result(), "cancel finished:", running.cancel())
print(issubclass(concurrent.futures.CancelledError, Exception))
