def f(a, b=1, *args, c, d=2, **kw): pass
def g(a, /, b, *, c): return a
def h(*, a=1, b): pass
def i(a=1, /, b=2): pass
def j(*args: *Ts): pass
def k(a: int = 3, *b: str, **c: float) -> None: ...
