# Several closures share one cell; inner functions can also close over outer parameters.
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"only {balance} left")
        balance -= x
        return balance
    return deposit, withdraw, lambda: balance
dep, wd, bal = account(100)
print(dep(50), wd(30), bal())
try:
    wd(500)
except ValueError as e:
    print("ValueError:", e)
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100))
def memo():
    cache = {}
    def fib(n):
        if n not in cache:
            cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(memo()(80))
