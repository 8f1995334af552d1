# collections.abc: structural isinstance checks and the registered built-in types
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Sequence, MutableSequence,
                             Set, MutableSet, Mapping, MutableMapping, KeysView, ItemsView,
                             ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator)

ABCS = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
        Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
        Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator]


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Unhashable:
    __hash__ = None


class Counter3:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __len__(self):
        return 3


class NotIterable(Counter3):
    __iter__ = None


c = coro()
samples = [1, 'abc', [1], (1,), {1: 2}, {1}, frozenset(), range(2), iter([]), gen(), c,
           agen(), len, lambda: 0, Unhashable(), Counter3(), NotIterable()]
for x in samples:
    print(f'{type(x).__name__:>16}', ' '.join(a.__name__ for a in ABCS if isinstance(x, a)))
c.close()
d = {'a': 1}
for view, abc in ((d.keys(), KeysView), (d.items(), ItemsView), (d.values(), ValuesView)):
    print(type(view).__name__, isinstance(view, abc), isinstance(view, Set), isinstance(view, Sized))
print(issubclass(type(iter({})), Iterator), issubclass(type(reversed([])), Iterator))
print(issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(set, Reversible))
print(issubclass(bool, Hashable), issubclass(Unhashable, Hashable), issubclass(type, Callable))
