# *args collects extra positionals as a tuple, **kwargs extra keywords as an ordered dict.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1, b=2), f(1, b=2, a=3))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def tag(name, **attrs):
    inner = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<{name} {inner}>" if attrs else f"<{name}>"
print(tag("br"), tag("a", href="/", id="top", klass="x"))
def passthrough(*args, **kwargs):
    return f(*args, **kwargs)
print(passthrough(1, *[2, 3], x=1, **{"y": 2}))
def typed(*args):
    return type(args).__name__, len(args)
print(typed(), typed(*range(5)))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
