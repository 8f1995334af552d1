# RLock: nested acquire levels must all be released; a non-owner cannot release; acquire timeouts.
import threading

rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
results = []

def intruder():
    results.append(("try acquire", rl.acquire(blocking=False)))
    results.append(("timed acquire", rl.acquire(timeout=0.05)))
    try:
        rl.release()
    except RuntimeError as e:
        results.append(("release", str(e)))

t = threading.Thread(target=intruder)
t.start()
t.join()
for r in results:
    print(*r)
for _ in range(3):
    rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("fourth release:", e)
def borrower():
    results.append(("after full release", rl.acquire(timeout=1)))
    rl.release()

t = threading.Thread(target=borrower)
t.start()
t.join()
print(results[-1])

def factorial(n):
    with rl:
        return 1 if n <= 1 else n * factorial(n - 1)

print("recursion under an RLock:", factorial(6))
try:
    rl.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
