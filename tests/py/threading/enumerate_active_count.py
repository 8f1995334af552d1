# active_count/enumerate/get_ident while threads are parked on an Event
import threading

release = threading.Event()
ready = threading.Semaphore(0)
idents = {}


def parked(i):
    idents[i] = threading.get_ident()
    ready.release()
    release.wait()


threads = [threading.Thread(target=parked, args=(i,), name=f"parked-{i}") for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print("active:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(threading.main_thread() in threading.enumerate())
print("distinct idents:", len(set(idents.values())) == 3)
print("main ident differs:", threading.get_ident() not in idents.values())
print(all(idents[i] == threads[i].ident for i in range(3)))
print(isinstance(threading.get_native_id(), int), threading.main_thread().native_id > 0)
print(threading.TIMEOUT_MAX > 1000)
release.set()
for t in threads:
    t.join()
print("active:", threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.current_thread().ident == threading.get_ident())
