# Closures created in a loop all see the loop variable's final value unless bound early.
late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
early = []
for i in range(3):
    early.append(lambda i=i: i)
print([f() for f in early])
def make(i):
    return lambda: i
factory = [make(i) for i in range(3)]
print([f() for f in factory])
funcs = {}
for name in ["a", "b"]:
    def show():
        return name
    funcs[name] = show
print(funcs["a"](), funcs["b"]())
i = "reassigned"
print([f() for f in late])
