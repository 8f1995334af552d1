# abc: register() (also as a decorator), __subclasshook__, get_cache_token, caches
import abc
from abc import ABC, get_cache_token

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class Picture:
    def draw(self):
        return 'picture'

class Plain:
    pass

print(isinstance(Picture(), Drawable), issubclass(Plain, Drawable))
token = get_cache_token()
print(Drawable.register(Plain) is Plain, get_cache_token() != token)
print(issubclass(Plain, Drawable), isinstance(Plain(), Drawable))

@Drawable.register
class Decorated:
    pass

print(Decorated.__name__, issubclass(Decorated, Drawable), Drawable in Decorated.__mro__)

class Child(Drawable):
    pass

print(issubclass(Picture, Child), issubclass(Child, Drawable))
Child.register(int)
print(issubclass(int, Child), issubclass(int, Drawable), issubclass(bool, Drawable))
print(Drawable.register(Child) is Child)

for bad in (lambda: Drawable.register(3), lambda: Child.register(Drawable),
            lambda: issubclass(3, Drawable)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

class Sequenceish(metaclass=abc.ABCMeta):
    pass

Sequenceish.register(list)
Sequenceish.register(tuple)
print([isinstance(x, Sequenceish) for x in ([], (), '', {})])
Sequenceish._abc_registry_clear()
Sequenceish._abc_caches_clear()
print([isinstance(x, Sequenceish) for x in ([], (), '', {})])
