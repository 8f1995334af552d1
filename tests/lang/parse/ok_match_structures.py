match x:
    case a.b: pass
    case a.b.c: pass
    case [a, b, *rest]: pass
    case (a, b): pass
    case (a,): pass
    case (): pass
    case []: pass
    case [*_]: pass
    case a, b: pass
    case *a, b: pass
    case {1: a, "k": b, **rest}: pass
    case {}: pass
    case {a.b: 1}: pass
    case Point(x=0, y=0): pass
    case Point(1, 2, z=3): pass
    case Point(): pass
    case a.B(x=[1, 2]): pass
    case (1 | 2) as n: pass
    case [1, 2] as lst if lst: pass
    case {**rest}: pass
    case (a): pass
