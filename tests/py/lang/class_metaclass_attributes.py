# Metaclass attribute hooks: __getattr__ only for missing class attributes, __setattr__ and
# __delattr__ reaching type's through super(), and type.__setattr__ called directly.
class Guarded(type):
    def __getattr__(cls, name):
        return f"<no {name}>"
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign {name!r}")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)
class Settings(metaclass=Guarded):
    LIMIT = 3
    mode = "fast"
print(Settings.LIMIT, Settings.mode, Settings.missing)
Settings.mode = "slow"
print(Settings.mode)
try:
    Settings.LIMIT = 4
except AttributeError as e:
    print("AttributeError:", e)
del Settings.mode
print(Settings.mode)
try:
    del Settings.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
type.__setattr__(Plain, "added", 1)
print(Plain.added, type.__getattribute__(Plain, "added"))
type.__delattr__(Plain, "added")
print(hasattr(Plain, "added"))
