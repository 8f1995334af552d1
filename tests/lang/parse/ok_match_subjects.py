match (x, y):
    case (1, 2): pass
match x, y:
    case _: pass
match -x:
    case _: pass
match *a, b:
    case _: pass
