# None: its type, truthiness, repr, comparisons, and common errors involving it.
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, bool(None))
def nothing():
    pass
print(nothing(), nothing() is None)
x = [1, 2].sort()
print(x)
d = {}
print(d.get("missing"), d.get("missing", "default"))
print([None] * 3, (None,), {None: None})
n = None
for bad in (lambda: n + 1, lambda: n[0], lambda: n.upper(), lambda: n(), lambda: len(n)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
print(type(None)() is None)
