# typing: Callable[[args], result] and Callable[..., R] reprs, args and use in higher-order code
from typing import Callable, Any, Awaitable, List, Dict, Optional, TypeVar, get_args, get_origin

T = TypeVar('T')

print(Callable)
print(Callable[[int, str], bool])
print(Callable[..., Any])
print(Callable[[], None])
print(Callable[[int], T])
print(Callable[[List[int]], Dict[str, Any]])
print(Callable[[int], Awaitable[str]])
print(Optional[Callable[[str], int]])
print(Callable[[int, str], bool].__args__)
print(Callable[..., int].__args__)
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]))
print(get_origin(Callable[[int], str]))
print(Callable[[int], T][str])
print(Callable[[int], str] == Callable[[int], str])

Handler = Callable[[str], int]


def apply_all(funcs: List[Handler], value: str) -> List[int]:
    return [f(value) for f in funcs]


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def both(x: int) -> int:
        return g(f(x))
    return both


print(apply_all([len, lambda s: s.count('a')], 'banana'))
print(compose(lambda x: x + 1, lambda x: x * 10)(4))
print(apply_all.__annotations__)
try:
    Callable[int]
except TypeError as exc:
    print('TypeError:', exc)
