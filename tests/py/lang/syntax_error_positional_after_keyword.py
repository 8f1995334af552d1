# A positional argument after a keyword argument: "positional argument follows keyword argument".
def point(x, y, z=0):
    return (x, y, z)


print("never printed")
print(point(1, 2))
print(point(x=1, 2))
a = 1
b = 2
