# Unbounded recursion that is not caught ends the program with RecursionError (exit 1).
def countdown(n):
    if n == -1:
        return "unreachable"
    return countdown(n + 1)


print("starting")
result = countdown(0)
print(result)
print("not reached")
