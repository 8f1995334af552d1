# __getattr__ (fallback only), __getattribute__, __setattr__ and __delattr__ hooks.
class Fallback:
    real = "real value"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"computed {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.dyn_color, getattr(f, "dyn_size"), hasattr(f, "missing"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
l = Logged()
l.x = 1
l.y = "two"
del l.x
print(l.log, l.__dict__)
class Upper:
    def __init__(self):
        self.name = "quiet"
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        return value.upper() if isinstance(value, str) else value
print(Upper().name)
