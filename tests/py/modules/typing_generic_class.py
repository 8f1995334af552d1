# typing: TypeVar attributes and reprs, user generic classes with Generic[T] and Box[int]
from typing import TypeVar, Generic, List, Optional, Dict

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Comparable')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)

print(T, N, B, Co, Contra, isinstance(T, TypeVar))
print(T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, T.__bound__)
print(List[T], Dict[K, V][str, int], Optional[T], T | None)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key, self.value = key, value


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, s.__orig_class__)
print(Stack[int], Pair[str, int], Stack[List[T]], Stack[List[T]][str])
print(Stack.__parameters__, Pair.__parameters__, Stack[int].__origin__, Pair[str, int].__args__)
print(Stack.__orig_bases__, Stack.__mro__)
p = Pair('a', 1)
print(p.key, p.value, Pair[str, int]('b', 2).value)
print(Stack[int] == Stack[int], Stack[int] == Stack[str])

for make in (lambda: Stack[int, str], lambda: Pair[int], lambda: Generic[int],
             lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int)):
    try:
        print(make())
    except TypeError as exc:
        print('TypeError:', exc)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as exc:
    print('ValueError:', exc)
