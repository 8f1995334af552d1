# Money transfers between threads take both account locks in id order: no deadlock, money conserved.
import threading

class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()

def transfer(src, dst, amount):
    first, second = (src, dst) if src.ident < dst.ident else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount

def shuffle_money(a, b, rounds):
    for i in range(rounds):
        transfer(a, b, 3)
        transfer(b, a, 2)

accounts = [Account(i, 1000) for i in range(3)]
pairs = [(0, 1), (1, 0), (1, 2), (2, 1), (2, 0), (0, 2)]
threads = [threading.Thread(target=shuffle_money, args=(accounts[x], accounts[y], 200))
           for x, y in pairs]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=10)
print("all finished:", not any(t.is_alive() for t in threads))
print("total:", sum(a.balance for a in accounts))
print("no negative balance:", all(a.balance >= 0 for a in accounts))
print("locks held:", [a.lock.locked() for a in accounts])
