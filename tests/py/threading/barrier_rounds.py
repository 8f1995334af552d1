# Barrier: parties meet, the action runs once per round, indices cover 0..parties-1
import threading

rounds = []


def action():
    rounds.append("trip")


barrier = threading.Barrier(3, action=action)
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
lock = threading.Lock()


def party():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(rounds)
print(sorted(indices))
print(barrier.n_waiting, barrier.broken)
b1 = threading.Barrier(1)
print(b1.wait(), b1.wait())
