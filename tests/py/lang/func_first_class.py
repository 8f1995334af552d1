# Functions are values: stored in containers, passed, returned, and compared by identity.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym, fn in ops.items():
    print(sym, fn(7, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "a"))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
print(compose(str, inc, abs)(-5))
alias = add
print(alias is add, alias(2, 2), alias.__name__)
print(sorted([sub, add], key=lambda f: f.__name__)[0].__name__)
print(list(map(len, ["a", "bb"])), max(["a", "ccc", "bb"], key=len))
