# typing: annotations on functions and classes are evaluated, and the forms print like CPython
from typing import (Any, Dict, List, Set, FrozenSet, Tuple, Type, Deque, DefaultDict,
                    Counter, OrderedDict, Iterable, Iterator, Sequence, Mapping,
                    MutableMapping, Hashable, Sized, Literal, Final, ClassVar, Annotated,
                    Self, Never, NoReturn, LiteralString, TypeAlias, Text, AnyStr)


def summarize(names: List[str], scores: Dict[str, int], tags: Set[str] = None) -> Tuple[int, ...]:
    return (len(names), sum(scores.values()))


print(summarize.__annotations__)
print(summarize(['a', 'b'], {'a': 1, 'b': 2}))


class Config:
    MAX: ClassVar[int] = 10
    name: Final[str] = 'cfg'
    paths: Sequence[str]
    env: Mapping[str, Any]
    mode: Literal['r', 'w']
    size: Annotated[int, 'bytes']


for key, value in Config.__annotations__.items():
    print(key, '=', value)

print(Any, Dict, List, Type[int], FrozenSet[int])
print(Deque[int], DefaultDict[str, List[int]], Counter[str], OrderedDict[str, int])
print(Iterable[int], Iterator[str], MutableMapping[str, Tuple[int, str]])
print(Hashable, Sized, Tuple[()], Tuple[int, ...])
print(Self, Never, NoReturn, LiteralString, TypeAlias)
print(Text, AnyStr, Literal[1, 'a', None, True])
print(str(List[int]), f'{Dict[str, Any]}', [Set[str]])
print(List[int] == List[int], List[int] == List[str], Dict[str, int].__origin__)
print(List[int].__args__, Dict[str, Tuple[int, int]].__args__)

Vector: TypeAlias = List[float]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


print(scale([1.0, 2.5], 2), scale.__annotations__['return'])
