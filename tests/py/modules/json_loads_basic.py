# json.loads of every JSON type plus hooks, parse_* callables, strict=False and raw_decode
import json

print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {}}'))
print(json.loads("  [ ]  "), json.loads("\t\n{ }\r\n"), json.loads('""'))
print(json.loads("[-0, -0.0, 0.5, 1e3, 1E-2, 2.5e+2, -12, 123456789012345678901234567890]"))
print(json.loads("[NaN, Infinity, -Infinity, 1e400]"))
print(json.loads('"\\" \\\\ \\/ \\b \\f \\n \\r \\t"'))
print(json.loads('"\\u00e9\\u20AC \\ud83d\\ude00"'), ascii(json.loads('"\\ud800x\\udc00"')))
print(json.loads('"caf\u00e9 \u2603"'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"__proto__": 1, "": [{"": null}]}'))

# hooks
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"x": {}}', object_pairs_hook=tuple, object_hook=dict))
print(json.loads("[1, 2.50, 3e1]", parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda name: "const:" + name))
print(json.loads("[1, 2]", parse_int=float))

# strict=False lets control characters through inside strings
print(repr(json.loads('"tab\there"', strict=False)))
try:
    json.loads('"tab\there"')
except ValueError as exc:
    print(exc)

# raw_decode stops after one value and reports where
decoder = json.JSONDecoder()
print(decoder.raw_decode('[1, 2] trailing'))
print(decoder.raw_decode('xx{"k": "v"}yy', 2))
print(decoder.decode(" 42 "))

# round trips
for text in ['{"a": [1, {"b": null}]}', '[1.25, -3, "s\\n"]', '"\\u0000"']:
    print(json.dumps(json.loads(text)))
