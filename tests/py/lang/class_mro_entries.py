# PEP 560 __mro_entries__: a base that is not a class names the classes to use; __orig_bases__.
class Alias:
    def __init__(self, origin, arg):
        self.origin, self.arg = origin, arg
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.origin,)
class Base:
    def hello(self):
        return "hello from Base"
class Child(Alias(Base, int), dict):
    pass
print(Child.__bases__, Child().hello(), type(Child.__orig_bases__[0]).__name__)
class Plain(Base):
    pass
print(hasattr(Plain, "__orig_bases__"))
class Empty:
    def __mro_entries__(self, bases):
        return ()
class OnlyObject(Empty()):
    pass
print(OnlyObject.__bases__)
