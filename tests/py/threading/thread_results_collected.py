# Threads compute into their own slots; joined, then results printed in order
import threading

results = [None] * 5


def square(i):
    results[i] = i * i


threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads))
print(threading.active_count())


def greet(name, punct="!", *, times=1):
    results.append((name + punct) * times)


t = threading.Thread(target=greet, args=("hi",), kwargs={"punct": "?", "times": 2})
t.start()
t.join()
print(results[-1])
t = threading.Thread()   # no target: run() does nothing
t.start()
t.join()
print(t.is_alive(), t.name)
