# The TypeErrors raised when mixing str with other types in concatenation and join.
items = ["a", 2, "c"]
try:
    print("x" + 1)
except TypeError as e:
    print(e)
try:
    print("".join(items))
except TypeError as e:
    print(e)
try:
    print(", ".join([None]))
except TypeError as e:
    print(e)
try:
    print(1 + "x")
except TypeError as e:
    print(e)
print("".join(str(i) for i in items), "x" + str(1), f"x{1}")
s = "ab"
s += "cd"
s += str(5)
print(s)
try:
    s += 6
except TypeError as e:
    print(e)
