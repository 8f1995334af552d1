# Dict comprehensions with conditions, nested loops, swapping, and duplicate keys.
print({x: x * x for x in range(6)})
print({x: x * x for x in range(10) if x % 3 == 0})
src = {"a": 1, "b": 2, "c": 1}
print({v: k for k, v in src.items()})
print({k.upper(): v for k, v in src.items() if v == 1})
print({(i, j): i + j for i in range(3) for j in range(i)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)
print({n: ("even" if n % 2 == 0 else "odd") for n in [3, 4, 3, 8]})
print({c: "abcab".count(c) for c in "abcab"})
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
x = "outer"
print({x: 1 for x in "ab"}, x)
