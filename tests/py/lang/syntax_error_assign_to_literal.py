# Assigning to a literal or a call is a SyntaxError with a specific message.
x = 5
print(x)


def f():
    return 1


if x = 5:
    print("never")
print("never printed")
