def f(a, *args, b, **kwargs,): pass
def f(a: int = 1, /, b: str = 'x', *args: int, c, **kw: dict) -> None: pass
def f(*, a=1, **k): pass
def f(a=1, b=(2, 3)): pass
class A(metaclass=M, *bases, **kw): pass
class A(B, C,): pass
@a

def f(): pass
@a
async def f(): pass
@a
class C: pass
match x:
    case 1 if x > 0: pass
    case [1, 2, *rest] if rest: pass
    case {"a": 1, **kw}: pass
    case str() | bytes(): pass
    case _: pass
match x:
    case a.b.c(d=e.f): pass
match x:
    case (a, *b, c): pass
match x:
    case [a, b] | [b, a]: pass
match x:
    case 1 | 2 | 3: pass
    case _: pass
match x:
    case C(1, a=2, b=3): pass
match x:
    case -1j: pass
    case 1-1j: pass
    case -1+2j: pass
match x:
    case f(): pass
match x:
    case x if y:
        pass
    case y:
        pass
match x:
    case _ if y: pass
    case _: pass
match x, *y:
    case _: pass
match (x):
    case _: pass
match [x]:
    case _: pass
match x if y else z:
    case _: pass
match lambda: 1:
    case _: pass
match not x:
    case _: pass
