# Metaclasses: __instancecheck__/__subclasscheck__, __new__/__init__ with super() and keywords
# passed on to __init_subclass__, and __call__ making a singleton.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta): pass
class D:
    quack = 1
print(isinstance(D(), Duck), issubclass(D, Duck), isinstance(1, Duck), isinstance(Duck(), Duck))
print(type(Duck).__name__, type(Duck) is Meta, isinstance(Duck, type))

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get('tag', 'none')
class Plugin(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class A(Plugin, tag='a'): pass
class B(A): pass
print(Registry.classes, A.tag, B.tag, type(B).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        print('init', value)
        self.value = value
c1 = Config(1); c2 = Config(2)
print(c1 is c2, c1.value)

