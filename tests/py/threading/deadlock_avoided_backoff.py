# Two threads take two locks in opposite orders; acquire(timeout) detects the would-be deadlock.
import threading

a = threading.Lock()
b = threading.Lock()
both_hold_first = threading.Barrier(2)
log = []

def worker(name, first, second, patient):
    with first:
        both_hold_first.wait()
        if patient:
            got = second.acquire(timeout=1)
        else:
            got = second.acquire(timeout=0.1)
        if got:
            log.append(f"{name} got both")
            second.release()
        else:
            log.append(f"{name} backs off")
    if not got:
        with second:
            with first:
                log.append(f"{name} retried and got both")

t1 = threading.Thread(target=worker, args=("t1", a, b, True))
t2 = threading.Thread(target=worker, args=("t2", b, a, False))
t1.start()
t2.start()
t1.join()
t2.join()
for line in log:
    print(line)
print("locks free:", not a.locked(), not b.locked())
