# Barrier.reset() with threads inside: they get BrokenBarrierError, the barrier stays usable
import threading
import time

rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append(threading.current_thread().name))
outcomes = []
lock = threading.Lock()


def party():
    try:
        index = barrier.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "reset"
    with lock:
        outcomes.append(result)


waiters = [threading.Thread(target=party) for _ in range(2)]
for t in waiters:
    t.start()
while barrier.n_waiting < 2:
    time.sleep(0.001)
barrier.reset()
for t in waiters:
    t.join()
print(outcomes, barrier.broken, barrier.n_waiting, rounds)

outcomes.clear()
threads = [threading.Thread(target=party, name=f"p{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcomes, len(rounds), rounds[0] in ("p0", "p1", "p2"))


def failing_action():
    raise OSError("action failed")


bad = threading.Barrier(2, action=failing_action)
errors = []


def bad_party():
    try:
        bad.wait()
    except Exception as e:
        errors.append(type(e).__name__)


threads = [threading.Thread(target=bad_party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(errors), bad.broken)
