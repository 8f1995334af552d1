# An uncaught KeyError prints the repr of the missing key on the last stderr line.
inventory = {"apples": 3, "pears": 0}


def take(name):
    inventory[name] -= 1
    return inventory[name]


print(take("apples"))
print(take("pears"))
print(take("plums"))
