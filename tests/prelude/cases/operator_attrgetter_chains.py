# attrgetter on nested objects, modules and dotted names; itemgetter on custom __getitem__
import operator
import math


class Box:
    def __init__(self, **kw):
        self.__dict__.update(kw)


tree = Box(left=Box(value=1, left=None), right=Box(value=2, inner=Box(deep='yes')))
print(operator.attrgetter('left.value', 'right.value', 'right.inner.deep')(tree))
print(operator.attrgetter('pi')(math), operator.attrgetter('__name__')(math))
get_real = operator.attrgetter('real', 'imag') if False else operator.attrgetter('real')
print(get_real(5), operator.attrgetter('upper')('x')())


class Grid:
    def __getitem__(self, key):
        return ('cell', key)


print(operator.itemgetter((1, 2))(Grid()), operator.itemgetter(0, slice(1, 3))(Grid()))
try:
    operator.attrgetter('left.value.nope')(tree)
except AttributeError as e:
    print('AttributeError:', e)
