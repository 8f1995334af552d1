# input() with no stdin at all raises an uncaught EOFError (exit 1).
print("asking for a name")


def ask():
    return input()


name = ask()
print("hello", name)
print("not reached")
