# Metaclasses: __prepare__, the most derived metaclass and conflicts, calling a metaclass or type()
# directly, keywords object.__init_subclass__ refuses, a metaclass __getitem__, and the MRO.
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=Ordered, flag=True):
    x = 1
print(O.injected, O.x)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print('TypeError:', e)
class M3(M1): pass
class W(X, metaclass=M3): pass
class V(W): pass
print(type(V).__name__)
Dyn = M1('Dyn', (), {'quack': 2})
print(type(Dyn).__name__, Dyn.quack)
T = type('T', (object,), {'a': 1})
print(T.a, T.__name__, type(T))
try:
    class Q(x=1): pass
except TypeError as e:
    print('TypeError:', e)
class Gen(type):
    def __getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
class Box(metaclass=Gen): pass
print(Box[int])
print(M3.__mro__)
