# collections.defaultdict: default factories (list, int, lambda), repr, and missing-key behaviour.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["missing"], "missing" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
print(plain.default_factory, counts.default_factory, groups.get("q"), "q" in groups)
d = defaultdict(set, {"pre": {1}})
d["pre"].add(2)
print(d, isinstance(d, dict))
