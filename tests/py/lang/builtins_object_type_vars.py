# object(), type(), vars(), and super() used explicitly with two arguments.
class Base:
    def hello(self):
        return "base hello"
class Derived(Base):
    def hello(self):
        return "derived / " + super(Derived, self).hello()
d = Derived()
print(d.hello(), type(d).__name__, type(d) is Derived, type(d).__bases__[0].__name__)
print(super(Derived, d).hello(), super(Derived, Derived).hello(d))
d.attr = 1
print(vars(d), vars(d) is d.__dict__)
NewType = type("NewType", (), {"value": 42})
print(NewType().value, NewType.__name__, type(NewType).__name__)
sentinel = object()
cache = {}
print(cache.get("key", sentinel) is sentinel, type(sentinel).__name__)
try:
    super(Base, d).hello()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(int, d)
except TypeError as e:
    print("TypeError:", e)
