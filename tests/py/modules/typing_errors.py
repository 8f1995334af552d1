# typing: the TypeErrors raised by misused forms, aliases and helpers
from typing import (Any, List, Dict, Tuple, Hashable, Annotated, Final, ClassVar, Union,
                    Optional, NoReturn, Deque, DefaultDict, NamedTuple, Literal, TypeVar)

T = TypeVar('T')
attempts = [
    ('List()', lambda: List()),
    ('Dict(a=1)', lambda: Dict(a=1)),
    ('Tuple()', lambda: Tuple()),
    ('Any()', lambda: Any()),
    ('NoReturn()', lambda: NoReturn()),
    ('Optional()', lambda: Optional()),
    ('Union()', lambda: Union()),
    ('Dict[int]', lambda: Dict[int]),
    ('List[int, str]', lambda: List[int, str]),
    ('Hashable[int]', lambda: Hashable[int]),
    ('List[int][str]', lambda: List[int][str]),
    ('List[T][int, str]', lambda: List[T][int, str]),
    ('Annotated[int]', lambda: Annotated[int]),
    ('Final[int, str]', lambda: Final[int, str]),
    ('ClassVar[int, str]', lambda: ClassVar[int, str]),
    ('Union[()]', lambda: Union[()]),
    ('Optional[int, str]', lambda: Optional[int, str]),
    ('Any[int]', lambda: Any[int]),
]
for label, attempt in attempts:
    try:
        print(label, '->', attempt())
    except TypeError as exc:
        print(label, '-> TypeError:', exc)

# instantiable aliases make the real container
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Literal['x'] == Literal['x'])

try:
    class Clash(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    class NoDefault(NamedTuple):
        a: int = 0
        b: int = 1
        c: int
except TypeError as exc:
    print('TypeError:', exc)
print(List[int] | Dict[str, T])
