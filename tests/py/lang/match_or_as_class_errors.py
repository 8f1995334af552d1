# match: OR/AS patterns, dotted value patterns, class pattern errors, binding only what a case needs.
class Color:
    RED = "red"
    GREEN = "green"
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def classify(v):
    match v:
        case Color.RED | Color.GREEN as c:
            return f"color {c}"
        case Pt(x=0) | Pt(y=0):
            return "on an axis"
        case Pt(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case [Pt() as p, *rest]:
            return f"list of points starting at {p.x},{p.y} plus {len(rest)}"
        case {"k": [1, *_] as lst, **kw}:
            return f"k list {lst} rest {kw}"
        case (1, 2) | [3, 4]:
            return "pair"
        case bool(b) | int(b) if b > 100:
            return f"big {b}"
        case str(s) | [s, _, _]:
            return f"str {s}"
        case _:
            return "other"
for v in ("red", Pt(0, 3), Pt(2, 2), [Pt(1, 5), 2, 3], {"k": [1, 2], "z": 0}, (3, 4), 500, True, "s", 1.5):
    print(repr(v) if not isinstance(v, Pt) and not isinstance(v, list) else type(v).__name__, "->", classify(v))
def bad(v, which):
    match v:
        case Pt(1, 2, 3) if which == 0:
            pass
        case int(1, 2) if which == 1:
            pass
def dup(v):
    match v:
        case Pt(1, x=2):
            pass
for f, v in ((lambda v: bad(v, 0), Pt(1, 2)), (lambda v: bad(v, 1), 5), (dup, Pt(1, 2))):
    try:
        f(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    match 3:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
