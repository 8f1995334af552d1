# json.dumps with indent (int, str, 0), sort_keys and separators together
import json

data = {"name": "box", "size": [1, 2, 3], "tags": [], "meta": {}, "inner": {"b": [{"x": None}], "a": True}}

print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(repr(json.dumps(data, indent=0)))
print(repr(json.dumps(data, indent="")))
print(repr(json.dumps([1, [2]], indent=-1)))

# with indent, the default item separator has no trailing space
print(repr(json.dumps({"a": [1, 2]}, indent=1)))
print(repr(json.dumps({"a": [1, 2]}, indent=1, separators=(", ", ": "))))
print(json.dumps({"a": [1, 2], "b": 3}, indent=2, separators=(",", " => ")))

# empty containers stay on one line
print(json.dumps([[], {}, [[]]], indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("s", indent=2))

# sort_keys sorts the items; mixed key types cannot be sorted
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
try:
    json.dumps({"b": 1, 2: 1}, sort_keys=True)
except TypeError as exc:
    print("TypeError:", exc)
