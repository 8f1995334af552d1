# Two busy threads take turns on the GIL: a spinning main thread sees the worker's progress
import threading

progress = [0]
stop = [False]


def spinner():
    while not stop[0]:
        progress[0] += 1


t = threading.Thread(target=spinner)
t.start()
while progress[0] < 1000:   # no sleep: only forced GIL switches let the worker run
    pass
stop[0] = True
t.join()
print("worker progressed:", progress[0] >= 1000)
flag = []
w = threading.Thread(target=lambda: flag.append(sum(range(100000))))
w.start()
while not flag:
    pass
w.join()
print(flag)
