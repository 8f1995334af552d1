# Semaphore/BoundedSemaphore argument checks and over-release
import threading

for value in (-1, 0, 3):
    try:
        s = threading.Semaphore(value)
        print("ok", value)
    except ValueError as e:
        print(type(e).__name__, e)
s = threading.Semaphore(1)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
for n in (0, -2):
    try:
        s.release(n)
    except ValueError as e:
        print(type(e).__name__, e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print(type(e).__name__, e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))
print(isinstance(b, threading.Semaphore))
