# CPU-bound threads and the GIL
# Only one thread runs Python code at a time (the GIL), so threads cannot share pure computation across cores.

import threading
import time

N = 2_000_000  # a few tenths of a second of counting per thread


def count(results, index):
    total = 0
    for _ in range(N):
        total += 1
    results[index] = total


results = [0, 0, 0]
threads = [threading.Thread(target=count, args=(results, i)) for i in range(3)]
wall_start, cpu_start = time.perf_counter(), time.process_time()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - wall_start
cpu = time.process_time() - cpu_start  # CPU time of all the threads added up

print("totals:", results)
# Three threads running truly in parallel would burn about 3 seconds of CPU per second of
# wall-clock time; with the GIL they take turns, so CPU time stays at most the wall time.
print("more than one core busy at once:", cpu > 1.5 * wall)
