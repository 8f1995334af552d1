# join(timeout) returns while the thread still runs; a later join waits it out
import threading
import time

release = threading.Event()


def blocked():
    release.wait()


t = threading.Thread(target=blocked)
t.start()
start = time.monotonic()
t.join(timeout=0.05)
waited = time.monotonic() - start
print("alive after timeout:", t.is_alive())
print("waited at least 0.04:", waited >= 0.04)
t.join(0)
t.join(-1)
print("still alive:", t.is_alive())
release.set()
t.join()
print("alive after join:", t.is_alive())
t.join(0.01)
t.join()
print("joined twice fine")
quick = threading.Thread(target=lambda: None)
quick.start()
quick.join(5)
print(quick.is_alive())
