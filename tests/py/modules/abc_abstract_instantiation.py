# abc: instantiating classes with abstract methods, inherited abstracts, __abstractmethods__
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f'{type(self).__name__}: area={self.area()} perimeter={self.perimeter()}'

class HalfDone(Shape):
    def area(self):
        return 4

class Square(HalfDone):
    def __init__(self, side):
        print('init', side)
        self.side = side

    def perimeter(self):
        return 4 * self.side

for cls in (Shape, HalfDone):
    for args in ((), (2,)):
        try:
            cls(*args)
        except TypeError as e:
            print(e)
    print(cls.__name__, sorted(cls.__abstractmethods__), type(cls.__abstractmethods__).__name__)

print(Square.__abstractmethods__, Square(2).describe())
print(type(Shape), ABC.__abstractmethods__, Shape.__mro__)

class Overridden(Shape):
    area = None          # a concrete (if odd) attribute ends abstractness
    perimeter = 7

print(Overridden.__abstractmethods__, Overridden().perimeter)

class WithInit(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...

    def __init__(self, x):
        print('__init__ should not run')

try:
    WithInit(1)
except TypeError as e:
    print(e)
print(getattr(abstractmethod(lambda: 0), '__isabstractmethod__'))
