# A closing bracket of the wrong kind: "closing parenthesis ']' does not match opening parenthesis '('".
data = [1, 2, 3]
print(data)


def total(xs):
    return sum(xs)


print(total(data])
print("never printed")
