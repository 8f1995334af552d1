# Subclassing Thread: __init__ keeps its own state, run() replaces target, start() calls run() in the thread.
import threading

class Counter(threading.Thread):
    def __init__(self, label, limit):
        super().__init__(name=f"counter-{label}")
        self.limit = limit
        self.total = 0
        self.ran_in = None

    def run(self):
        self.ran_in = threading.current_thread().name
        for i in range(self.limit + 1):
            self.total += i

class TargetIgnored(threading.Thread):
    def run(self):
        print("own run() in", threading.current_thread().name)

counters = [Counter(x, n) for x, n in (("a", 10), ("b", 100))]
for c in counters:
    c.start()
for c in counters:
    c.join()
for c in counters:
    print(c.name, c.total, c.ran_in == c.name)
t = TargetIgnored(target=print, args=("target ran",), name="ignorer")
t.start()
t.join()
direct = Counter("direct", 3)
direct.run()
print("run() called directly runs in", direct.ran_in, direct.total)
class Broken(threading.Thread):
    def __init__(self):
        pass
try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)
