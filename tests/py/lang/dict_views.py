# Dict views are live: keys/values/items reprs, membership, len, and set operations on keys.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(k, len(v), ("c", 3) in it, "a" in k, 3 in v)
print(list(reversed(k)), list(reversed(d.items())))
nums = {1: "x", 2: "y", 3: "z"}
other = {2: 0, 3: 0, 4: 0}
print(nums.keys() & other.keys(), nums.keys() | other.keys(), nums.keys() - other.keys())
print(nums.keys() ^ other.keys(), nums.keys() == {1, 2, 3}, nums.items() & {(1, "x")})
print(sorted(d.keys(), reverse=True), sum(d.values()), max(d, key=d.get))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.values() == d.values(), list(d.values()) == list(d.values()))
