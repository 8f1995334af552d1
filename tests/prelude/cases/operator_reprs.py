# reprs and attributes of the operator callables
import operator

print(repr(operator.itemgetter(0)), repr(operator.itemgetter('a', 'b')))
print(repr(operator.attrgetter('x')), repr(operator.attrgetter('x.y', 'z')))
print(repr(operator.methodcaller('m')), repr(operator.methodcaller('m', 1, 'two', k=[3])))
print(type(operator.itemgetter(1)).__name__, type(operator.attrgetter('a')).__name__)
print(operator.itemgetter(1).__class__.__module__, callable(operator.methodcaller('x')))
print(operator.add.__name__, operator.add.__doc__, operator.not_.__doc__)
print(operator.itemgetter(2)(range(10)), operator.itemgetter(-1)('xyz'))
g = operator.itemgetter(0, 1)
print(g([7, 8, 9]), g('ab'), g({0: 'zero', 1: 'one'}))
