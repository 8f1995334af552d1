def f(a, b, /): pass
def f(a, b=1, /): pass
def f(a, /, *, b): pass
def f(a, /, **k): pass
def f(*a, **k): pass
def f(**k): pass
def f(a,): pass
def f(*a,): pass
def f(**k,): pass
def f(*, a,): pass
