# Walrus targets inside comprehensions bind in the containing function scope.
def running_totals(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total
print(running_totals([1, 2, 3, 4]))
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["a", "abc", "abcdef", "xyz"]), first_long(["a"]))
data = {"a": 1, "b": 22, "c": 333}
print({k: n for k, v in data.items() if (n := len(str(v))) > 1})
print(n)
lines = ["x=1", "junk", "y=22"]
print([p[1] for line in lines if len(p := line.split("=")) == 2])
print(p)
