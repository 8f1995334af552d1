# A class's __dict__ is a read-only mappingproxy: lookups, views, copy, |, equality, errors,
# and mappingproxy built directly over a dict (it follows later changes to the dict).
class Point:
    x = 1
    def norm(self):
        return abs(self.x)
proxy = Point.__dict__
print(type(proxy).__name__, proxy["x"], proxy.get("y", "none"), "norm" in proxy, len(proxy) > 2)
print(sorted(k for k in proxy.keys() if not k.startswith("__")))
print(type(proxy.copy()).__name__, proxy.copy()["x"])
for op in (lambda: proxy.__setitem__("x", 2), lambda: proxy.pop("x")):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Point.__dict__["x"] = 5
except TypeError as e:
    print("TypeError:", e)
MappingProxyType = type(proxy)
base = {"a": 1}
view = MappingProxyType(base)
base["b"] = 2
print(view, len(view), list(view), view == {"a": 1, "b": 2}, view | {"c": 3})
print(dict(view.items()), list(view.values()))
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
Point.y = 7
print(proxy["y"], vars(Point)["y"])
