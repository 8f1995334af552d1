# global lets a function rebind module names; without it assignment creates a local.
counter = 0
def increment():
    global counter
    counter += 1
def shadow():
    counter = 100
    return counter
increment()
increment()
print(counter, shadow(), counter)
def create():
    global created
    created = "made inside"
create()
print(created)
def read_only():
    return counter * 10
print(read_only())
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def g():
    global a, b
    a, b = 1, 2
g()
print(a, b)
