# An indented line where no block is open: IndentationError "unexpected indent".
x = 10
y = 20
    z = x + y
print(z)


def f():
    return 1
print(f())
