# collections.abc: the collections module's containers, user classes, and collections.abc.X access
import collections
import collections.abc
from collections import deque, UserDict, UserList, UserString, ChainMap, OrderedDict, Counter
from collections import defaultdict, namedtuple

NAMES = ['Hashable', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Reversible',
         'Set', 'KeysView', 'ItemsView', 'ValuesView']
Point = namedtuple('Point', 'x y')


def kinds(obj):
    return [n for n in NAMES if isinstance(obj, getattr(collections.abc, n))]


od = OrderedDict(a=1)
for obj in (deque(), UserDict(), UserList(), UserString('s'), ChainMap(), od, Counter(),
            defaultdict(int), Point(1, 2), od.keys(), od.items(), od.values()):
    print(f'{type(obj).__name__:>12}', kinds(obj))


class Adder:
    def __call__(self, x):
        return x + 1


class Bag(collections.abc.Collection):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


print(isinstance(Adder(), collections.abc.Callable), isinstance(Adder, collections.abc.Callable))
print(callable(Adder()), issubclass(Adder, collections.abc.Hashable), kinds(Bag(1)))
print(len(Bag(1, 2)), 2 in Bag(1, 2), sorted(Bag(3, 1)), isinstance(Bag(), collections.abc.Sized))
print(collections.abc.Mapping, collections.abc.Mapping.__module__, collections.abc.__name__)
print(collections.abc.Callable[[int], str].__origin__, collections.abc.Mapping[str, int])
print(sorted(collections.abc.__all__)[:5], len(collections.abc.__all__))
