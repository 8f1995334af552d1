match x:
    case 1: pass
    case -1: pass
    case 1.5 | 2j | -3+4j | 1-2j: pass
    case "s" "t": pass
    case b"b": pass
    case None: pass
    case True | False: pass
    case a if a: pass
    case _: pass
