"""Abstract base classes for containers: Hashable, Iterable, Iterator,
Reversible, Generator, Sized, Container, Callable, Collection, Set,
MutableSet, Mapping, MutableMapping, the mapping views, Sequence,
MutableSequence, ByteString, Awaitable, Coroutine, AsyncIterable,
AsyncIterator and AsyncGenerator.

Written for asyncplay. The one-method ABCs (and the iterator, generator and
coroutine ones) recognise any class with the right methods; the others count
their real subclasses and the registered built-in types. Subclasses get the
mixin methods described in the documentation. Left out: bytes, bytearray and
memoryview (not in this interpreter), so ByteString has nothing registered;
Callable[[args], result] is a plain generic alias (GenericAlias cannot be
subclassed here).
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
           'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator',
           'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
           'KeysView', 'ItemsView', 'ValuesView', 'Sequence',
           'MutableSequence', 'ByteString']

_GenericAlias = type(list[int])


def _check_methods(C, *methods):
    """True if every method is defined somewhere along C's MRO (and not set
    to None there), else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*methods):
    """A __subclasshook__ that checks for methods, but only for the class
    that holds it (its subclasses fall back to the usual checks)."""
    def __subclasshook__(cls, C):
        if cls.__dict__.get('__subclasshook__') is hook:
            return _check_methods(C, *methods)
        return NotImplemented
    hook = classmethod(__subclasshook__)
    return hook


# Unhashable types whose __hash__ is not None here: the dict views (their
# __hash__ is not in their __dict__), and deque, OrderedDict and defaultdict
# (whose __hash__ raises, to give CPython's message); filled in at the end.
_UNHASHABLE = set()


def _throw(typ, val, tb):
    # The body shared by the default throw() and athrow().
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# -------- one-trick ponies --------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            if C in _UNHASHABLE:
                return NotImplemented
            return _check_methods(C, '__hash__')
        return NotImplemented

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__await__')
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _hook('__await__', 'send', 'throw', 'close')

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine; StopIteration when it is done."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _throw(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__aiter__')
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _hook('__anext__', '__aiter__')

    @abstractmethod
    async def __anext__(self):
        """The next item; StopAsyncIteration when there are no more."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _hook('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the generator; StopAsyncIteration when done."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _throw(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit into the generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__iter__')
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _hook('__iter__', '__next__')

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration when there are no more."""
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _hook('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _hook('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator; StopIteration when it is done."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _throw(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__len__')

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__contains__')
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _hook('__len__', '__iter__', '__contains__')


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__call__')

    # A plain generic alias: Callable[[int], str] shows its list as [<class 'int'>].
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# -------- sets --------

class Set(Collection):
    """A finite, iterable container; subclasses define __contains__,
    __iter__ and __len__ and get comparisons, & | - ^ and isdisjoint()."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    @classmethod
    def _from_iterable(cls, it):
        """Build a result set from an iterable (override when the
        constructor takes something else)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if the two sets have no item in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for immutable sets, equal to that of an equal frozenset."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A Set that also defines add() and discard(); gets remove(), pop(),
    clear() and |= &= ^= -=."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an item."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an item if it is present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an item; KeyError if it is missing."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some item; KeyError if the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# -------- mappings --------

class Mapping(Collection):
    """A read-only mapping; subclasses define __getitem__, __iter__ and
    __len__ and get get(), keys(), items(), values(), __contains__ and ==."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None


class MappingView(Sized):
    """Base of the views returned by Mapping.keys(), items() and values()."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that also defines __setitem__ and __delitem__; gets pop(),
    popitem(), clear(), update() and setdefault()."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value (or default; KeyError if none)."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Update from a mapping, an object with keys(), or (key, value)
        pairs, then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if key is missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# -------- sequences --------

class Sequence(Reversible, Collection):
    """A read-only sequence; subclasses define __getitem__ and __len__ and
    get __iter__, __contains__, __reversed__, index() and count()."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value (within start:stop); ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """Common base of bytes and bytearray (neither exists here)."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that also defines __setitem__, __delitem__ and insert();
    gets append(), clear(), reverse(), extend(), pop(), remove() and +=."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append each item of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first item equal to value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# -------- registering the built-in types --------

async def _coroutine():
    pass

async def _async_generator():
    yield

def _generator():
    yield

_co = _coroutine()
Coroutine.register(type(_co))
_co.close()
AsyncGenerator.register(type(_async_generator()))
Generator.register(type(_generator()))
# Functions and methods have no __call__ in their __dict__ here, nor dict
# views __iter__; registering them is a no-op in CPython.
for _t in (type(len), type(_generator), type(MappingView(None).__len__)):
    Callable.register(_t)
for _t in ({}.keys(), {}.items(), {}.values()):
    Reversible.register(type(_t))
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
for _t in (tuple, str, range):
    Sequence.register(_t)
MutableSequence.register(list)

# The classes of the collections module (loaded before this one) that derive
# from these ABCs in CPython.
import collections as _collections
for _t, _abc in ((_collections.deque, MutableSequence), (_collections.UserList, MutableSequence),
                 (_collections.UserString, Sequence), (_collections.UserDict, MutableMapping),
                 (_collections.ChainMap, MutableMapping), (_collections.KeysView, KeysView),
                 (_collections.ItemsView, ItemsView), (_collections.ValuesView, ValuesView)):
    _abc.register(_t)
_UNHASHABLE.update({type({}.keys()), type({}.items()), _collections.deque,
                    _collections.OrderedDict, _collections.defaultdict})
del _co, _t, _abc, _collections, _coroutine, _async_generator, _generator
