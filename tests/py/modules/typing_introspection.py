# typing: get_type_hints, get_origin and get_args on functions, classes and forms
from typing import (get_type_hints, get_origin, get_args, List, Dict, Tuple, Optional,
                    Union, Callable, Literal, Annotated, ClassVar, Final, Generic, TypeVar,
                    Iterable, Any)

T = TypeVar('T')


class Base:
    ident: int
    label: 'str'


class Node(Base):
    parent: Optional['Node'] = None
    children: List['Node']
    weight: Annotated[float, 'kg']
    count: ClassVar[int] = 0


def connect(a: Node, b: 'Node', cost: 'Dict[str, int]' = None) -> 'Optional[Tuple[Node, Node]]':
    return None


def plain(x, y=1):
    return x


for name, hint in get_type_hints(Node).items():
    print(name, '->', hint)
print(get_type_hints(Node, include_extras=True)['weight'])
print(get_type_hints(connect))
print(get_type_hints(plain), get_type_hints(lambda: None))
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Tuple[int, ...]))
print(get_origin(Optional[int]), get_origin(Union[int, str]), get_origin(Literal['a']))
print(get_origin(ClassVar[int]), get_origin(Final[str]), get_origin(List))
print(get_origin(Iterable[int]), get_origin(int), get_origin(Any), get_origin(Generic))
print(get_args(List[int]), get_args(Dict[str, List[int]]), get_args(Optional[str]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., Any]))
print(get_args(Literal[1, 2]), get_args(Annotated[int, 'a', 'b']), get_args(int))
print(get_args(Tuple[()]), get_args(Tuple[int, ...]), get_args(List))
try:
    get_type_hints(42)
except TypeError as exc:
    print('TypeError:', exc)
