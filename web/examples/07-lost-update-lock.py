# Lost update, fixed with a Lock
# Threads that read, then write shared data overwrite each other's work unless a Lock guards the two steps.

import threading

THREADS = 4
balance = 0
lock = threading.Lock()


def deposit_unsafe(everyone_has_read):
    global balance
    current = balance  # 1. read
    everyone_has_read.wait()  # force the unlucky timing on every run: all threads read before any writes
    balance = current + 10  # 2. write: overwrites the deposits of the other threads


def deposit_safe():
    global balance
    with lock:  # only one thread at a time between the read and the write
        current = balance
        balance = current + 10


def run(target, args=()):
    global balance
    balance = 0
    threads = [threading.Thread(target=target, args=args) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return balance


print("without lock:", run(deposit_unsafe, (threading.Barrier(THREADS),)), "expected", THREADS * 10)
print("with lock:   ", run(deposit_safe), "expected", THREADS * 10)
