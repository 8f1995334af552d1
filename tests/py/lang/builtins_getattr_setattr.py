# getattr/setattr/hasattr/delattr with defaults, dynamic names, methods and errors.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
    def describe(self):
        return f"level {self.level}"
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "level", 5)
setattr(c, "new_field", [1])
print(c.level, c.new_field, hasattr(c, "new_field"), hasattr(c, "nope"))
print(getattr(c, "describe")(), getattr(Config, "describe")(c))
delattr(c, "new_field")
print(hasattr(c, "new_field"))
for name in ("level", "debug"):
    print(name, "=", getattr(c, name))
print(getattr([], "append").__name__, hasattr("s", "upper"), getattr(5, "real"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Config, "added", "class-level")
print(c.added)
