# A deterministic lost update: a Barrier makes both threads read before either writes; a Lock fixes it.
import threading

balance = 0

def unsafe_deposit(barrier, amount):
    global balance
    seen = balance
    barrier.wait()          # both threads have read the old balance
    balance = seen + amount

def safe_deposit(lock, amount):
    global balance
    with lock:
        seen = balance
        balance = seen + amount

barrier = threading.Barrier(2)
threads = [threading.Thread(target=unsafe_deposit, args=(barrier, amt)) for amt in (100, 100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("without a lock, two deposits of 100 give:", balance)

balance = 0
lock = threading.Lock()
threads = [threading.Thread(target=safe_deposit, args=(lock, 100)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("with a lock:", balance)
