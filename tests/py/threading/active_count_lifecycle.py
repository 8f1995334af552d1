# active_count and enumerate grow while threads are parked on an Event and shrink after they end.
import threading

hold = threading.Event()
parked = threading.Semaphore(0)

def park():
    parked.release()
    hold.wait()

base = threading.active_count()
print("only main:", base, [t.name for t in threading.enumerate()])
threads = [threading.Thread(target=park, name=f"parked-{i}") for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    parked.acquire()
print("with parked threads:", threading.active_count() - base)
print(sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))
unstarted = threading.Thread(target=park, name="never-started")
print("unstarted not listed:", unstarted not in threading.enumerate())
hold.set()
for t in threads:
    t.join()
print("after join:", threading.active_count() - base, [t.name for t in threading.enumerate()])
