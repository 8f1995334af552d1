# types.MappingProxyType: a live read-only view over a dict
from types import MappingProxyType

data = {"a": 1, "b": 2}
view = MappingProxyType(data)
print(view, repr(view), str(view), type(view).__name__)
print(len(view), list(view), "a" in view, "z" in view, view["a"])
print(view.get("b"), view.get("z"), view.get("z", 0))
print(view.keys(), view.values(), view.items())
copy = view.copy()
print(copy, type(copy).__name__, copy is data)
print(view == data, view == {"a": 1}, view != data, view == MappingProxyType(dict(data)))
print(view | {"c": 3}, {"c": 3} | view, type(view | {}).__name__, list(reversed(view)))

data["c"] = 3
del data["a"]
print(view, len(view))


def check(label, func):
    try:
        print(label, func())
    except (TypeError, KeyError, AttributeError) as exc:
        print(label, type(exc).__name__ + ":", exc)


def assign():
    view["x"] = 1


def delete():
    del view["b"]


def in_place():
    global view
    view |= {"x": 1}


def set_attr():
    view.extra = 1


check("assign", assign)
check("delete", delete)
check("in place or", in_place)
check("set attribute", set_attr)
check("missing key", lambda: view["nope"])
check("pop", lambda: view.pop("b"))
check("hash", lambda: hash(view))
check("from list", lambda: MappingProxyType([("a", 1)]))
check("from int", lambda: MappingProxyType(5))
print(MappingProxyType[str, int])
print(MappingProxyType(MappingProxyType({"n": 1})))
print(dict(view), sorted(view.items()), {**view})
