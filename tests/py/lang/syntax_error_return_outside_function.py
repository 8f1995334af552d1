# `return` at module level: SyntaxError "'return' outside function".
def ok():
    return 1


print("never printed")
value = ok()
if value:
    return value
print(value)
