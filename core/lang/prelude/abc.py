"""Abstract base classes: ABCMeta, ABC, abstractmethod, get_cache_token and
update_abstractmethods (plus the old abstractclassmethod, abstractstaticmethod
and abstractproperty).

Written for asyncplay, in Python. Differences from CPython: the check that
refuses to instantiate a class with abstract methods is made in
ABCMeta.__call__, before any __new__ runs (CPython makes it in
object.__new__, so a __new__ that never calls it escapes the check there);
registries and caches hold classes strongly (no weak references);
_dump_registry prints a short summary.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class made by ABCMeta that has (or inherits
    without overriding) an abstract method cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The old spellings. (Here classmethod and staticmethod are set up by __new__
# alone, so their __init__ is not called.)

class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """Deprecated: use @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # A property is abstract when one of its accessors is.
    if isinstance(value, property):
        return any(getattr(getattr(value, name, None), '__isabstractmethod__', False)
                   for name in ('fget', 'fset', 'fdel'))
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ (after methods were added or
    replaced on an ABC once it was made) and return cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls    # not made by ABCMeta: nothing to do
    names = set()
    # Abstract names of the bases stay abstract unless overridden.
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


def _inherits_from_object(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is object
    return True


# Bumped by every register() call; negative caches older than it are stale.
_cache_token = 0


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return _cache_token


class _AbcData:
    """Per-class registry and caches, kept in cls._abc_impl."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _cache_token


class ABCMeta(type):
    """Metaclass of abstract base classes. Besides real subclasses, an ABC
    counts classes registered with register() and classes its
    __subclasshook__ accepts as (virtual) subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_impl = _AbcData()
        return cls

    def __call__(cls, *args, **kwargs):
        names = cls.__abstractmethods__
        # object.__new__ complains about arguments before it checks for
        # abstract methods, so leave that case to type.__call__.
        if names and not ((args or kwargs) and _inherits_from_object(cls, '__new__')
                          and _inherits_from_object(cls, '__init__')):
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(sorted(names))}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it, so
        that this works as a class decorator."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass    # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.append(subclass)
        _cache_token += 1    # negative caches everywhere are now stale
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == _cache_token
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _cache_token:
            impl.negative_cache = set()
            impl.negative_version = _cache_token
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError('__subclasshook__ must return either '
                                     'False, True, or NotImplemented')
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        # A real subclass, a subclass of a registered class, or a subclass
        # of one of our subclasses.
        if (cls in subclass.__mro__
                or any(issubclass(subclass, r) for r in impl.registry)
                or any(issubclass(subclass, s) for s in cls.__subclasses__())):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches (for debugging)."""
        impl = cls._abc_impl
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        for name in ('registry', 'cache', 'negative_cache', 'negative_version'):
            print(f'_abc_{name}: {getattr(impl, name)!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty the caches."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


class ABC(metaclass=ABCMeta):
    """Base class for abstract classes: class Shape(ABC) is class
    Shape(metaclass=ABCMeta)."""
    __slots__ = ()
