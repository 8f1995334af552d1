# A threading.local subclass: class defaults are shared, __init__ runs per thread, methods see own data.
import threading

class Session(threading.local):
    greeting = "hello"

    def __init__(self, user):
        self.user = user
        self.calls = 0

    def touch(self):
        self.calls += 1
        return f"{self.greeting} {self.user} #{self.calls}"

session = Session("main")
session.touch()
out = {}

def worker(name, times):
    for _ in range(times):
        last = session.touch()
    session.user = name
    out[name] = (last, session.user, session.calls)

threads = [threading.Thread(target=worker, args=(n, k)) for n, k in (("t1", 2), ("t2", 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ("t1", "t2"):
    print(name, out[name])
print("main untouched:", session.user, session.calls)
Session.greeting = "hi"
print(session.touch())
plain = threading.local()
plain.x = 1
seen = []
t = threading.Thread(target=lambda: seen.append(hasattr(plain, "x")))
t.start()
t.join()
print("plain local attribute visible in another thread:", seen[0])
