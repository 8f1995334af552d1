# isinstance and issubclass with typing's unsubscripted aliases (checked against
# collections.abc and the builtins), and the error for subscripted ones.
import typing
print(isinstance([], typing.Iterable), isinstance(3, typing.Sized), issubclass(dict, typing.Mapping))
print(isinstance(len, typing.Callable), isinstance({}, typing.Dict), isinstance((), typing.Sequence))
print(issubclass(typing.List, typing.Iterable), isinstance(iter([]), typing.Iterator))
async def co():
    pass
c = co()
print(isinstance(c, typing.Awaitable), isinstance(c, typing.Coroutine), isinstance(c, typing.Generator))
c.close()
for check in (lambda: isinstance([], typing.List[int]), lambda: issubclass(list, typing.Iterable[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
class Bag:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False
print(isinstance(Bag(), typing.Collection), isinstance(Bag(), typing.Sequence))
print(typing.Iterable[int], typing.Callable[[int], str], typing.AbstractSet[str])
