# abc: abstract properties, class/static methods, the legacy decorators, update_abstractmethods
from abc import (ABC, abstractmethod, abstractclassmethod, abstractstaticmethod,
                 abstractproperty, update_abstractmethods)

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...

    @abstractclassmethod
    def old_make(cls): ...

    @abstractstaticmethod
    def old_helper(): ...

    @abstractproperty
    def old_name(self): ...

print(sorted(Base.__abstractmethods__))
print(isinstance(Base.__dict__['old_make'], classmethod), isinstance(Base.__dict__['old_name'], property))

class Impl(Base):
    name = 'impl'

    make = old_make = classmethod(lambda cls: cls())
    helper = old_helper = staticmethod(lambda: 'help')
    old_name = property(lambda self: 'old')

obj = Impl.make()
print(Impl.__abstractmethods__, obj.name, obj.helper(), obj.old_name, Impl.old_make().name)

class Later(ABC):
    @abstractmethod
    def go(self): ...

class Filled(Later):
    pass

Filled.go = lambda self: 'went'
print(sorted(Filled.__abstractmethods__))
print(update_abstractmethods(Filled) is Filled, Filled.__abstractmethods__, Filled().go())

print(update_abstractmethods(int) is int, hasattr(int, '__abstractmethods__'))
try:
    Later()
except TypeError as e:
    print(e)
