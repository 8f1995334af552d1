# `=` where a comparison belongs: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
x = 5
print(x)


def f():
    return 1


if x = 5:
    print("never")
print("never printed")
