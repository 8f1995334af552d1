# Python 2 style print: "Missing parentheses in call to 'print'. Did you mean print(...)?"
value = 42
print(value)


def show():
    return value


print "the value is", value
print("never printed")
