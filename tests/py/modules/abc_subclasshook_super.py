# object.__subclasshook__ is NotImplemented, so a hook may defer to it through super().
print(object.__subclasshook__(int))
import collections.abc as c
class It:
    def __iter__(self): return iter([])
print(isinstance(It(), c.Iterable), issubclass(list, c.Sequence))
class H(c.Hashable):
    @classmethod
    def __subclasshook__(cls, C):
        return super().__subclasshook__(C)
print(issubclass(int, H))
print(issubclass(bool, H), isinstance(3, c.Hashable))
