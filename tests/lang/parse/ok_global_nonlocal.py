def outer():
    a = b = c = 0
    def inner():
        global a, b
        nonlocal c
        c = 1
    return inner
