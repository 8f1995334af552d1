# Positional-only parameters (before /) cannot be passed by keyword; names can then reuse them.
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def reuse(name, /, **kwargs):
    return name, kwargs
print(reuse("positional", name="keyword"))
def power(base, exp=2, /):
    return base ** exp
print(power(3), power(2, 10))
try:
    power(base=2)
except TypeError as e:
    print("TypeError:", e)
def everything(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(everything(1, 2, 3, c=4, e=5), everything(1, b=2, c=3))
