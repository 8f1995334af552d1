# Generic aliases of library classes (deque[int], queue.Queue[str]), types.GenericAlias built
# directly, and assigning a class's __name__.
import collections
import queue

print(collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str])
print(collections.defaultdict[str, list], collections.ChainMap[str, int])
print(queue.Queue[int], queue.SimpleQueue[str])
alias = collections.deque[int]
d = alias([1, 2, 3])
print(type(d).__name__, d, alias.__origin__ is collections.deque, alias.__args__)
GenericAlias = type(list[int])
print(GenericAlias(list, (int,)), GenericAlias(dict, (str, int)), GenericAlias(list, int))
print(GenericAlias(list, int) == list[int])


class Original:
    pass


Original.__name__ = "Renamed"
print(Original.__name__, Original.__qualname__, repr(Original())[:18])
try:
    Original.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError:", e)
