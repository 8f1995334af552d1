# typing: Union and Optional flattening, dedup, NoneType, equality and the | operator
from typing import Union, Optional, List, Dict, Literal, Any

print(Union[int, str])
print(Union[int])
print(Union[int, int, str, int])
print(Union[int, Union[str, float]])
print(Union[int, None], Union[None, int])
print(Optional[int], Optional[None])
print(Optional[Union[int, str]])
print(Union[int, str, None])
print(Optional[Optional[str]])
print(Optional[List[int]], Union[Dict[str, int], List[int]])
print(Union[Literal['a'], None])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(Optional[int] == Union[None, int])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Optional[int].__args__, Union[int, str].__args__)
print(Optional[int] | str)
print(int | Optional[str])
print(List[int] | None)
print(Optional['Node'])


def find(items: List[str], word: str) -> Optional[int]:
    return items.index(word) if word in items else None


print(find(['x', 'y'], 'y'), find(['x'], 'z'), find.__annotations__['return'])

for make in (lambda: Union[()], lambda: Optional[int, str], lambda: Union[int, str][int],
             lambda: Any[int], lambda: Union()):
    try:
        print(make())
    except TypeError as exc:
        print('TypeError:', exc)
