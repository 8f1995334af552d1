# bench: method calls on objects (a small class hierarchy, attribute reads and writes, a
# property), a pure-Python workload.
# Prints one line: RESULT py_method_calls <seconds> s
import time


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True

    @property
    def rich(self):
        return self.balance > 1000


class Savings(Account):
    def deposit(self, amount):
        return super().deposit(amount + amount // 100)


def simulate(n):
    accounts = [Account("a"), Savings("b")]
    rich = 0
    for i in range(n):
        acct = accounts[i & 1]
        acct.deposit(i % 50)
        if not acct.withdraw(7):
            acct.deposit(1)
        if acct.rich:
            rich += 1
    return accounts[0].balance, accounts[1].balance, rich


start = time.perf_counter()
result = simulate(300_000)
elapsed = time.perf_counter() - start
assert result == (2_550_016, 2_700_016, 299_871), result
print(f"RESULT py_method_calls {elapsed:.6f} s")
