# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(accumulate([1.5, 2.25], func=lambda a, b: a * b, initial=2)))
show(lambda: accumulate(5))

print(list(chain('ab', [1, 2], (), range(3))))
print(list(chain()))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(chain.from_iterable([[i] * i for i in range(4)])))
ch = chain([1], 5)
print(next(ch))
show(lambda: next(ch))
show(lambda: chain.from_iterable(3))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(pairwise('ABCDEFG')))
print(list(pairwise([1])), list(pairwise([])))
show(lambda: pairwise(None))
show(lambda: compress([1], None))
show(lambda: dropwhile(len, 3))


# laziness: takewhile stops pulling after the first failure
def noisy(n):
    for i in range(n):
        print('  pull', i)
        yield i


it = noisy(10)
print(list(takewhile(lambda x: x < 2, it)))
print('next after takewhile:', next(it))
d = dropwhile(lambda x: x < 2, noisy(4))
print('dropwhile created')
print(next(d))
p = pairwise(noisy(3))
print(next(p))
