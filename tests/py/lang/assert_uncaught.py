# An uncaught AssertionError ends the program with a traceback and exit status 1.
def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount

balance = 100
balance = withdraw(balance, 30)
print("balance", balance)
balance = withdraw(balance, 50)
print("balance", balance)
balance = withdraw(balance, 80)
print("not reached")
