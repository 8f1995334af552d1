# json.dumps errors: unserializable objects, bad keys, circular data, allow_nan; skipkeys and default=
import json


def attempt(label, func):
    try:
        print(label, func())
    except (TypeError, ValueError, AttributeError) as exc:
        print(label, type(exc).__name__ + ":", exc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


attempt("set", lambda: json.dumps({1, 2}))
attempt("nested set", lambda: json.dumps([1, {"a": {3}}]))
attempt("object", lambda: json.dumps(Point(1, 2)))
attempt("keys view", lambda: json.dumps({"a": 1}.keys()))
attempt("tuple key", lambda: json.dumps({(1, 2): "x"}))
attempt("object key", lambda: json.dumps({Point(0, 0): 1}))
attempt("skipkeys", lambda: json.dumps({(1, 2): "x", "ok": 1, Point(0, 0): 2}, skipkeys=True))

attempt("nan", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("inf in list", lambda: json.dumps([1.0, float("inf")], allow_nan=False))
attempt("nan key", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
attempt("finite ok", lambda: json.dumps([1.5, -2.0], allow_nan=False))

items = [1]
items.append(items)
attempt("circular list", lambda: json.dumps(items))
table = {"k": 1}
table["self"] = table
attempt("circular dict", lambda: json.dumps(table))
shared = [1, 2]
attempt("shared is fine", lambda: json.dumps([shared, shared, {"s": shared}]))

# default= is called for unknown objects; its result is encoded in turn
attempt("default", lambda: json.dumps({"p": Point(1, 2)}, default=lambda o: {"x": o.x, "y": o.y}))
attempt("default set", lambda: json.dumps({3, 1, 2}, default=sorted))
attempt("default self", lambda: json.dumps(Point(0, 0), default=lambda o: o))
attempt("default raises", lambda: json.dumps([Point(0, 0)], default=lambda o: o.missing))
attempt("default indent", lambda: json.dumps([Point(5, 6)], default=vars, indent=1))
