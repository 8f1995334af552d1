# JSONDecodeError messages, positions and attributes for malformed documents
import json

bad = [
    "", "   ", "[1,]", '{"a": 1,}', "{", "[", '{"a" 1}', "[1 2]", '{"a": 1 "b": 2}',
    '"abc', '"a\\', '"bad \\x escape"', '"\\u12"', '"\\u12zz"', '"\\ud83d\\u12"', '"a\nb"',
    "1 2", "01", "-", ".5", "1.", "1e", "nul", "tru", "{1: 2}", "{'a': 1}", '{"a":}',
    "[,]", "[1,,2]", "\ufeff[]", "Infinityx", "[1, 2] [3]", '"\x00"',
]
for text in bad:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        print(repr(text), "->", exc)

try:
    json.loads('{\n  "a": [1,\n   2 x]\n}')
except ValueError as exc:
    print(type(exc).__name__, isinstance(exc, ValueError))
    print(repr(exc.msg), exc.pos, exc.lineno, exc.colno)
    print(repr(exc.doc))
    print(exc.args)

err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno)

for value in [1, None, ["[]"]]:
    try:
        json.loads(value)
    except TypeError as exc:
        print("TypeError:", exc)

try:
    json.JSONDecoder().raw_decode(" 1")
except json.JSONDecodeError as exc:
    print(exc)
