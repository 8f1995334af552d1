# Comparison functions with rich-comparison objects and NotImplemented fallbacks
import operator


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Num) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        return self.v <= other.v

    def __repr__(self):
        return f'Num({self.v})'


a, b = Num(1), Num(2)
print(operator.lt(a, b), operator.gt(a, b), operator.le(b, b), operator.ge(a, b))
print(operator.eq(a, Num(1)), operator.ne(a, b), operator.eq(a, 1))
try:
    operator.lt(a, 5)
except AttributeError as e:
    print('AttributeError:', e)
try:
    operator.lt(1, 'a')
except TypeError as e:
    print('TypeError:', e)
print(sorted([Num(3), Num(1), Num(2)]), max([Num(3), Num(1)]), operator.contains([a], Num(1)))
print(operator.countOf([a, Num(1), b], Num(1)), operator.indexOf([b, a], Num(1)))
print(operator.truth(Num(0)), operator.not_(None), operator.is_(a, a))
