# Barrier: a failing action breaks the barrier for everyone; n_waiting, parties and broken report state.
import threading

def action():
    raise RuntimeError("action failed")

barrier = threading.Barrier(3, action=action)
outcomes = []
lock = threading.Lock()

def party(name):
    try:
        barrier.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "BrokenBarrierError"
    except RuntimeError as e:
        result = f"RuntimeError {e}"
    with lock:
        outcomes.append(result)

print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
threads = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outcomes))
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
barrier.reset()
print("after reset:", barrier.broken)
ok = threading.Barrier(2, action=lambda: outcomes.append("action ran"))
t = threading.Thread(target=ok.wait)
t.start()
index = ok.wait()
t.join()
print("index in range:", index in (0, 1), outcomes[-1])
print(issubclass(threading.BrokenBarrierError, RuntimeError))
