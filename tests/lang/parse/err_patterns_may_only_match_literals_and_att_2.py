match x:
    case 'a' 'b': pass
    case f'x': pass
