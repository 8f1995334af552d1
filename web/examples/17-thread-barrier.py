# threading.Barrier
# A barrier holds each thread at one point until all of them have arrived, then lets them go on together.

import threading
import time

start = time.perf_counter()
left_at = []


def hiker(name, walk_time, hut):
    time.sleep(walk_time)  # each hiker walks at a different speed
    print(f"{name} reaches the hut")
    hut.wait()  # wait here for the other hikers
    left_at.append(round(time.perf_counter() - start, 1))


def all_here():  # the barrier runs this once, when the last thread arrives
    print("everyone is here, let's go on")


hut = threading.Barrier(3, action=all_here)
hikers = [
    threading.Thread(target=hiker, args=(name, delay, hut))
    for name, delay in [("ann", 0.1), ("bob", 0.3), ("cy", 0.2)]
]
for h in hikers:
    h.start()
for h in hikers:
    h.join()
print("they all left the hut at", set(left_at), "s")
