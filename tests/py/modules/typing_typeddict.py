# typing: TypedDict class and call syntax produce plain dicts and record their keys
from typing import TypedDict, List, Optional, NotRequired, Required, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


class Review(Movie):
    stars: float
    notes: NotRequired[str]


m = Movie(title='Blade Runner', year=1982)
print(m, type(m), m['title'], m == {'title': 'Blade Runner', 'year': 1982})
r = Review(title='Alien', year=1979, stars=4.5)
r['notes'] = 'scary'
print(r, type(r).__name__, sorted(r))
print(Movie.__annotations__)
print(Review.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Review.__required_keys__), sorted(Review.__optional_keys__))
print(Movie({'title': 'x', 'year': 1}), Movie(), Movie(title='only'))
print(is_typeddict(Movie), is_typeddict(Review), is_typeddict(dict), is_typeddict(m))

Point = TypedDict('Point', {'x': int, 'y': int})
pt = Point(x=1, y=2)
print(pt, type(pt), Point.__annotations__, sorted(Point.__required_keys__))


class Inventory(TypedDict):
    items: List[str]
    owner: Optional[str]
    count: Required[int]


def restock(inv: Inventory, item: str) -> Inventory:
    inv['items'].append(item)
    inv['count'] += 1
    return inv


inv = Inventory(items=[], owner=None, count=0)
print(restock(restock(inv, 'apple'), 'pear'))
print(restock.__annotations__['inv'] is Inventory, Inventory.__annotations__['count'])
