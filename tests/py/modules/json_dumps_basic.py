# json.dumps of scalars, containers, floats and strings with the default and custom separators
import json

print(json.dumps([None, True, False, 0, -7, 10**20, "text"]))
print(json.dumps((1, (2, 3), [])), json.dumps({}), json.dumps(""))
print(json.dumps([0.1, 1.5, -0.0, 1e16, 1e-7, 123456789.0, 1e22, 0.1 + 0.2]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(" ; ", " = ")))

# escaping: quotes, backslashes, control characters
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps("tab\t newline\n return\r bs\b ff\f nul\x00 unit\x1f del\x7f"))

# ensure_ascii (the default) escapes everything beyond ASCII, with surrogate pairs
s = "café – €5 😀 \u2028"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "värde"}), json.dumps({"clé": "värde"}, ensure_ascii=False))
print(json.dumps("\ud800 lone surrogate"))

# non-string keys become strings
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, -3: 1, 1e100: 2, float("inf"): 3}))

# str, int and float subclasses are written like their base
class Name(str):
    pass

class Count(int):
    def __repr__(self):
        return "Count!"

class Ratio(float):
    def __repr__(self):
        return "Ratio!"

print(json.dumps([Name("n"), Count(3), Ratio(0.5), {Count(4): Ratio(2.0)}]))
print(json.dumps({Name("k"): [Count(1)]}))

# round trip
data = {"list": [1, 2.5, "x", None, True], "nested": {"deep": [[], {}]}}
print(json.loads(json.dumps(data)) == data)
