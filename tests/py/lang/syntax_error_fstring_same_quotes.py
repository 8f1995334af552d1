# In 3.11, an f-string cannot reuse its own quote character inside a replacement field.
names = {"a": 1}
print(names)


def show():
    return f"value: {names["a"]}"


print(show())
print("never printed")
