# __dict__ and vars(): instance namespaces, class attribute names, and vars() errors.
class Pet:
    legs = 4
    def __init__(self, name):
        self.name = name
        self.tags = []
p = Pet("rex")
print(vars(p), p.__dict__ is vars(p))
p.__dict__["age"] = 3
print(p.age, vars(p))
vars(p)["name"] = "max"
print(p.name)
print([k for k in vars(Pet) if not k.startswith("__")], "legs" in Pet.__dict__)
print(type(Pet.__dict__).__name__, Pet.__dict__["legs"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Pet.__dict__["legs"] = 5
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"), s.a)
