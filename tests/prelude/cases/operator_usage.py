# operator functions as first-class callables
import operator
from functools import reduce, partial
from itertools import accumulate, starmap

ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '^': operator.pow, '%': operator.mod}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]


print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2 3 ^ 3 %'))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(starmap(operator.pow, [(2, 3), (3, 2)])))
print(reduce(operator.concat, [[1], [2, 3], []]))
double = partial(operator.mul, 2)
print(list(map(double, range(5))))
print(list(filter(partial(operator.lt, 2), [1, 2, 3, 4])))
print(sorted(['b', 'a', 'c'], key=operator.itemgetter(0), reverse=True))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(operator.itemgetter(1), matrix)), list(zip(*matrix)))
print(all(map(operator.le, [1, 2, 3], [1, 3, 5])), any(map(operator.eq, 'abc', 'xbz')))
print(operator.methodcaller('replace', 'a', 'o')('banana'))
