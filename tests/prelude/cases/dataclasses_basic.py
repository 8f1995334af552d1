# @dataclass: __init__, __repr__, __eq__, defaults
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, Point.__match_args__)
p.x = 10
print(p)
print(Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: list = field(default_factory=list)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = Inventory('widget', 3.5, 10)
print(item, item.total_cost())
a, b = Inventory('a', 1.0), Inventory('b', 2.0)
a.tags.append('x')
print(a.tags, b.tags, a.tags is b.tags)
print(Inventory.__doc__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)


@dataclass
class WithClassAttr:
    a: int
    counter = 0
    b: str = 'b'


print(WithClassAttr(1), WithClassAttr.counter)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)


root = Node(1)
root.children.append(Node(2, parent=root))
print(root)
print(Node.__doc__)


@dataclass
class Rec:
    items: list = field(default_factory=list)


r = Rec()
r.items.append(r)
print(r)


class Plain:
    pass


@dataclass
class Holder:
    obj: object = None
    text: str = 'it''s'


print(Holder(), Holder('x'), Holder(text='a\nb'))
