# object: the universal base, its default methods, and errors when setting attributes on it.
o = object()
print(type(o).__name__, isinstance(o, object), object.__bases__, object.__mro__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(o == o, o != object(), o.__eq__(o), o.__eq__(1))
class Sub:
    pass
s = Sub()
print(s.__class__.__name__, Sub.__base__, str(s) == repr(s), s.__class__ is Sub)
print(hash(s) == hash(s), s.__ne__(s), bool(s))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Sub(1)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
print(object.__name__, issubclass(Sub, object), len(object.__subclasses__()) > 0)
