# typing: NewType, cast, overload, final, no_type_check and other no-op helpers
from typing import (NewType, cast, overload, final, no_type_check, Union, List, Any,
                    get_overloads, assert_never, assert_type, runtime_checkable, Protocol,
                    TYPE_CHECKING)

UserId = NewType('UserId', int)
Name = NewType('Name', str)
uid = UserId(42)
print(UserId, Name, uid, type(uid), UserId.__supertype__, UserId.__name__)
print(UserId(5) + 1, Name('ann').upper(), List[UserId], Union[UserId, None])
print(cast(int, 'not an int'), cast(List[str], [1]), cast('Any', 3))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(double(4), double('ab'), len(get_overloads(double)))


@final
class Leaf:
    @final
    def done(self) -> bool:
        return True


print(Leaf().done(), Leaf.__final__, Leaf.done.__final__)


@no_type_check
def loose(a: 'not a type') -> 'whatever':
    return a


print(loose(1), loose.__no_type_check__, TYPE_CHECKING)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class File(Closer):
    def close(self) -> None:
        print('closed')


File().close()
print(Closer.__name__, assert_type(3, int))
if TYPE_CHECKING:
    print('never printed')
try:
    assert_never('oops')
except AssertionError as exc:
    print('AssertionError:', exc)
