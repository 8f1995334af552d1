# partial: calls, attributes, repr, flattening, errors
import functools
from functools import partial


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


def power(base, exponent=2, *rest, **kw):
    return (base ** exponent, rest, kw)


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(3))
print(square(4, exponent=3))
p = partial(power, 2, 10, 'x', flag=True)
print(p(), p('y', other=1))
print(p.func is power, p.args, p.keywords)
print(repr(p))
print(repr(partial(power)))
print(repr(partial(print, 'a', sep='-', end='!\n')))
p(); partial(print, 'a', 'b', sep='-')()
q = partial(p, 'z', more=2)
print(q.func is power, q.args, q.keywords)
print(repr(q))
print(partial(int, base=2)('101'), partial(int, '7')())
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
print(list(map(partial(max, 0), [-2, 3, -1, 5])))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))


class P(partial):
    pass


sub = P(power, 3)
print(sub(), type(sub).__name__, repr(sub).startswith('P(<function power'))
show(lambda: partial(1))
show(lambda: partial())
show(lambda: partial(power)())
print(callable(partial(len)))


class Cls:
    method = partial(power, 7)


print(Cls().method())
print(Cls.method())
r = partial(lambda: None)
r.attr = 5
print(r.attr)
