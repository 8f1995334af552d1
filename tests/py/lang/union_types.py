# X | Y between classes, None and list[int] (types.UnionType): flattening, repeats, order-free
# equality and hashing, isinstance/issubclass with a union, type[int], annotations that use them.
print(int | None, type(int | None).__name__, (int | None).__args__, int | int)
print((int | str) == (str | int), int | list[int], list[int] | None, None | int)
print(int | str | int, (int | (str | float)).__args__, hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, int | None), isinstance([], (dict, list | tuple)))
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
print(type[int], type(type[int]).__name__)
class Node:
    pass
def link(a: Node | None = None, *rest: int | float) -> list[Node] | None:
    return None
print(link.__annotations__)
class Meta(type):
    pass
class M(metaclass=Meta):
    pass
print(M | None, (M | int).__args__)
