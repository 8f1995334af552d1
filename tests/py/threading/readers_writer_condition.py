# A readers-writer lock built on a Condition: readers share, a writer waits for them and excludes all.
import threading

class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False

    def start_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing)
            self.readers += 1

    def end_read(self):
        with self.cond:
            self.readers -= 1
            self.cond.notify_all()

    def start_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing and self.readers == 0)
            self.writing = True

    def end_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()

rw = RWLock()
events = []
inside = threading.Barrier(3, action=lambda: events.append(("all inside", rw.readers)))
log_lock = threading.Lock()

def reader(n):
    rw.start_read()
    inside.wait()
    with log_lock:
        events.append(("read", n))
    rw.end_read()

readers = [threading.Thread(target=reader, args=(n,)) for n in range(3)]
for t in readers:
    t.start()
for t in readers:
    t.join()
print(events[0], sorted(events[1:]))
rw.start_write()
blocked = threading.Thread(target=lambda: (rw.start_read(), events.append("late reader in"), rw.end_read()))
blocked.start()
blocked.join(0.1)
print("reader blocked while writing:", blocked.is_alive(), len(events))
rw.end_write()
blocked.join()
print(events[-1], rw.readers, rw.writing)
