# `nonlocal` at module level: SyntaxError "nonlocal declaration not allowed at module level".
counter = 0


def increment():
    global counter
    counter += 1


nonlocal total
increment()
print(counter)
