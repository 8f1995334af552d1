# Two expressions side by side with no operator: plain "invalid syntax".
x = 1
y = 2
print(x, y)


def broken():
    return x y


print(broken())
