# Mixing a tab and spaces inconsistently in one block: TabError.
def f(flag):
    if flag:
        a = 1
	b = 2
    return 0


print("never printed")
print(f(True))
print(f(False))
