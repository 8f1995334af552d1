# threading.local: each thread sees its own attributes; a subclass __init__ runs per thread
import threading

data = threading.local()
data.value = "main"
seen = {}


def worker(name):
    seen[name + " before"] = hasattr(data, "value")
    data.value = name
    seen[name + " after"] = data.value
    try:
        data.missing
    except AttributeError as e:
        seen[name + " error"] = str(e)


for name in ("a", "b"):
    t = threading.Thread(target=worker, args=(name,))
    t.start()
    t.join()
for key in sorted(seen):
    print(key, "->", seen[key])
print("main still sees:", data.value)
del data.value
print(hasattr(data, "value"))


class Counter(threading.local):
    inits = 0

    def __init__(self, start):
        self.count = start
        Counter.inits += 1

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump())))
t.start()
t.join()
print(c.count, out, Counter.inits)
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__, e)
