# Dicts keep insertion order; get/setdefault/pop/popitem/update/keys/values/items.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
del d["a"]
print(d, "a" in d, "x" in d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("ab", range(2))), dict({"k": 1}, k2=2))
print({}, dict(), {1: {2: {3: 4}}}, {None: 0, True: 1, 2.5: 2, (1,): 3})
d2 = d.copy()
d2["new"] = 1
print(d, d2, d == d2, {1: 2, 3: 4} == {3: 4, 1: 2})
d.clear()
print(d, bool(d))
