# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, field order rules.
from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5)
b = Item("book", 12.0, qty=2, tags=["paper"])
print(a, b, sep="\n")
print(a.total(), b.total(), a == Item("pen", 1.5), a == b)
a.tags.append("blue")
print(a.tags, Item("x", 0).tags)
print(asdict(b), astuple(a))
try:
    Item("no price")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
