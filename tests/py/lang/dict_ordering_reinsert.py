# Dict order is insertion order: updating keeps position, delete-and-reinsert moves to the end.
d = {}
for key in ["banana", "apple", "cherry"]:
    d[key] = len(key)
print(d)
d["apple"] = 0
print(d)
del d["banana"]
d["banana"] = 6
print(d)
d.update(cherry=1, date=4)
print(list(d))
d.pop("apple")
d.setdefault("apple", 9)
print(d)
print(list(reversed(d)), next(iter(d)), list(d)[-1])
n = {3: "c", 1: "a", 2: "b"}
print(n, sorted(n), dict(sorted(n.items())))
ints = {i * 7 % 10: i for i in range(10)}
print(ints)
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"})
