# operator: arithmetic, comparison, logical and sequence functions
import operator
from functools import reduce


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.pos(-1), operator.abs(-3), operator.and_(6, 3), operator.or_(6, 3))
print(operator.xor(6, 3), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(1, 2))
print(operator.not_(0), operator.not_([1]), operator.truth([]), operator.truth('x'))
print(operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem([1, 2, 3], 1), operator.getitem({'a': 1}, 'a'), operator.getitem('abc', slice(1, None)))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst)
print(operator.index(7), operator.index(True))
show(lambda: operator.index(1.5))
show(lambda: operator.index('a'))
show(lambda: operator.concat(1, 2))
show(lambda: operator.indexOf([1], 5))
show(lambda: operator.truediv(1, 0))
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 9))
print(reduce(operator.mul, range(1, 6)), sum(map(operator.mul, [1, 2], [3, 4])))
print(list(map(operator.add, 'ab', 'cd')), operator.call(max, 1, 5))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2), operator.imul('ab', 2), operator.ior({1}, {2}))
print(operator.__add__(1, 1), operator.__lt__(1, 2))
