# reduce
from functools import reduce
import operator


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]))
print(reduce(operator.mul, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 'start'))
print(reduce(operator.add, ['a'], 'start'))
print(reduce(operator.add, ['only']))
print(reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])))
print(reduce(operator.or_, [{1}, {2}, {3}]))
print(reduce(lambda d, k: {**d, k: len(k)}, ['a', 'bb'], {}))
show(lambda: reduce(operator.add, []))
show(lambda: reduce(operator.add, iter(())))
show(lambda: reduce(operator.add, 5))
show(lambda: reduce(operator.add, [1], initial=0))
show(lambda: reduce(operator.add))
show(lambda: reduce(operator.add, [1, 'a']))
calls = []
print(reduce(lambda a, b: calls.append((a, b)) or a + b, range(4)), calls)
