# Deadlock avoided by lock ordering
# Two threads taking two locks in opposite orders wait for each other forever; one fixed order prevents it.

import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name, self.balance, self.lock = name, balance, threading.Lock()


def transfer(source, target, amount, ordered):
    first, second = source, target
    if ordered:  # always lock the accounts alphabetically, whatever the direction
        first, second = sorted([source, target], key=lambda account: account.name)
    with first.lock:
        time.sleep(0.1)  # now each thread holds its first lock...
        with second.lock:  # ...and, without the fixed order, waits for the other's lock forever
            source.balance -= amount
            target.balance += amount


for ordered in (False, True):
    alice, bob = Account("alice", 100), Account("bob", 100)
    threads = [threading.Thread(target=transfer, args=(alice, bob, 30, ordered), daemon=True),
               threading.Thread(target=transfer, args=(bob, alice, 10, ordered), daemon=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=0.5)  # stop waiting after half a second
    stuck = any(t.is_alive() for t in threads)
    print("ordered:" if ordered else "naive:  ", "deadlock" if stuck else "ok", alice.balance, bob.balance)
# daemon=True: threads stuck in the deadlock do not keep the program from exiting
