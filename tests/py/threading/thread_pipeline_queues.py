# A three-stage thread pipeline linked by queues: parse -> transform -> collect, a sentinel flows through.
import queue
import threading

raw = queue.Queue()
parsed = queue.Queue(maxsize=2)
STOP = object()
collected = []

def parse():
    while (line := raw.get()) is not STOP:
        parsed.put(int(line))
    parsed.put(STOP)

def transform(out):
    while (n := parsed.get()) is not STOP:
        out.append(n * n + 1)

stages = [threading.Thread(target=parse, name="parse"),
          threading.Thread(target=transform, args=(collected,), name="transform")]
for t in stages:
    t.start()
for line in ["3", "1", "4", "1", "5", "9", "2", "6"]:
    raw.put(line)
raw.put(STOP)
for t in stages:
    t.join()
print(collected)
print("order preserved:", collected == [int(x) ** 2 + 1 for x in "31415926"])
print("queues drained:", raw.empty(), parsed.empty())
