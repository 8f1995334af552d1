# types.SimpleNamespace: keyword init, repr, equality, attribute set/del, subclasses
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="x")
print(ns, repr(ns), str(ns))
print(ns.a, ns.b, vars(ns), ns.__dict__ == {"a": 1, "b": "x"})
print(SimpleNamespace(), SimpleNamespace(**{"with space": 1}))

ns.c = [1, 2]
del ns.a
print(ns)
ns.__dict__["d"] = 4
print(ns.d, getattr(ns, "missing", "default"), hasattr(ns, "b"), hasattr(ns, "a"))

print(ns == SimpleNamespace(b="x", c=[1, 2], d=4), ns != SimpleNamespace(b="x"))
print(SimpleNamespace(a=1) == {"a": 1}, SimpleNamespace() == SimpleNamespace())

try:
    ns.nope
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    del ns.nope
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    SimpleNamespace(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    {ns: 1}
except TypeError as exc:
    print("TypeError: unhashable")

# nesting and recursion
outer = SimpleNamespace(inner=SimpleNamespace(x=[1, {"k": None}]))
print(outer)
outer.me = outer
print(outer)


class Config(SimpleNamespace):
    def describe(self):
        return ", ".join(sorted(vars(self)))


cfg = Config(debug=True, level=3)
print(cfg, cfg.describe(), cfg == SimpleNamespace(debug=True, level=3))
try:
    cfg.missing
except AttributeError as exc:
    print("AttributeError:", exc)
print(type(ns).__name__, SimpleNamespace, isinstance(cfg, SimpleNamespace))
