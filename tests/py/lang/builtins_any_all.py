# any() and all() short-circuit, handle empty iterables, and return plain bools.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 2]), all([1, 0]))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 5, 2]))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [5, 3, 1, 7]), seen)
print(any("abc"), all("abc"), all([[]]), any([[]]), type(any([1])).__name__)
print(all(isinstance(v, int) for v in [1, True, 2]), any(isinstance(v, str) for v in [1, 2]))
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
