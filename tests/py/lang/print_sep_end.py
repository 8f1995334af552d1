# print() with sep and end, no arguments, non-string objects, and None for defaults.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print()
print(1, 2.5, None, True, [1], {"k": (1,)})
print("sep None", "uses space", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="never shown")
print("multi", "char", sep=" :: ", end=" !!\n")
print("", "", sep="|")
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
