# JSONEncoder/JSONDecoder subclasses, iterencode chunks, dump/load with file-like objects
import json
from json.decoder import JSONDecodeError


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([frozenset("ba")]))
try:
    json.dumps([object], cls=SetEncoder)
except TypeError as exc:
    print("TypeError:", exc)

enc = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(enc.encode({"b": 1, "a": [True]}), enc.item_separator, enc.key_separator)
print(list(json.JSONEncoder().iterencode([1, {"a": "x"}, []])))
print(list(json.JSONEncoder(indent=2).iterencode({"k": [1, 2]})))
print(json.JSONEncoder().encode("line\n"))


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()

print(json.dumps({"key": "value"}, cls=Upper))


class Recorder:
    def __init__(self, text=""):
        self.parts = [text] if text else []
    def write(self, chunk):
        self.parts.append(chunk)
    def read(self):
        return "".join(self.parts)

out = Recorder()
json.dump({"a": [1, 2], "b": None}, out)
print(out.parts)
print(json.load(out))
json.dump([1], out, indent=2)
print(len(out.parts))
print(json.load(Recorder('{"x": 1.5}'), parse_float=str))


class ListDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=lambda pairs: [k for k, v in pairs], **kw)

print(json.loads('{"b": 1, "a": {"c": 2}}', cls=ListDecoder))
try:
    json.loads("[", cls=ListDecoder)
except JSONDecodeError as exc:
    print("JSONDecodeError:", exc, JSONDecodeError is json.JSONDecodeError)
print(json.JSONEncoder, json.JSONDecoder, json.JSONDecodeError)
