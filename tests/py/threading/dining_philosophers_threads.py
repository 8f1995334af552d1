# Dining philosophers as threads: forks taken lowest number first, so no deadlock; everyone eats.
import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
all_seated = threading.Barrier(N)

def philosopher(i):
    first, second = sorted((i, (i + 1) % N))
    all_seated.wait()
    for _ in range(3):
        with forks[first]:
            time.sleep(0.001)
            with forks[second]:
                meals[i] += 1

threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=10)
print("finished:", [not t.is_alive() for t in threads])
print("meals:", meals)
print("forks free:", [not f.locked() for f in forks])
