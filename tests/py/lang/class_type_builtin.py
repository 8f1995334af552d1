# type() of values and classes, type names, type identity, and three-argument type().
for v in (1, 1.5, "s", [], (), {}, set(), None, True, range(1), len, type, object()):
    print(type(v), type(v).__name__)
class Mine:
    pass
print(type(Mine()), type(Mine), type(type), type(Mine()) is Mine)
Dynamic = type("Dynamic", (Mine,), {"x": 5, "hello": lambda self: "hi"})
d = Dynamic()
print(Dynamic, Dynamic.__name__, d.x, d.hello(), isinstance(d, Mine), Dynamic.__bases__)
print(type(1) == int, type(True) == int, type(1)(7), type("")("abc"))
def gen():
    yield
print(type(gen()).__name__, type(lambda: 0).__name__, type(print).__name__)
print(type([].append).__name__, type(d.hello).__name__)
