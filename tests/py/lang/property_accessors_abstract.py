# property's fget/fset/fdel and __isabstractmethod__, with an abstract property in an ABC.
import abc
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @property
    def name(self):
        return "shape"
    @name.setter
    def name(self, v):
        pass
print(Shape.area.__isabstractmethod__, Shape.name.__isabstractmethod__)
print(Shape.name.fget.__name__, Shape.name.fset.__name__, Shape.name.fdel)
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    @property
    def area(self):
        return 4
print(Square().area, Square.__abstractmethods__)
