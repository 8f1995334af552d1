# Default thread names (Thread-N, Thread-N (target)), custom names and repr states
import threading


def work():
    pass


class Worker(threading.Thread):
    pass


a = threading.Thread(target=work)
b = threading.Thread(target=lambda: None)
c = threading.Thread(target=work, name="custom")
d = Worker()
e = threading.Thread(name=42)
f = threading.Timer(1.0, work)
g = threading.Thread(target=print)
for t in (a, b, c, d, e, f, g):
    print(t.name, repr(t))
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(repr(threading.main_thread()).split(",")[0])
a.name = "renamed"
print(a.name)
a.start()
a.join()
print(repr(a).rsplit(" ", 1)[0])
daemon = threading.Thread(target=work, daemon=True)
print(repr(daemon))
daemon.start()
daemon.join()
print(repr(daemon).rsplit(" ", 1)[0])
print(threading.Thread(target=work).name)
seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name="inner")
t.start()
t.join()
print(seen)
