# A Thread subclass overriding run() stores its result; join then read it
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


class Failing(threading.Thread):
    def run(self):
        self.note = "ran"


workers = [Summer(range(n)) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
print([w.name for w in workers])

f = Failing(name="F")
f.start()
f.join()
print(f.note, f.is_alive())


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
for action in (n.start, n.join):
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)
