# Every itertools function pulls from its inputs only on demand
import itertools


def source(name, n=3):
    for i in range(n):
        print('  %s yields %d' % (name, i))
        yield i


def first(label, it):
    print(label, 'created')
    print(label, '->', next(it))


first('accumulate', itertools.accumulate(source('a')))
first('chain', itertools.chain(source('a'), source('b')))
first('chain.from_iterable', itertools.chain.from_iterable([source('a'), source('b')]))
first('compress', itertools.compress(source('d'), source('s')))
first('dropwhile', itertools.dropwhile(lambda x: x < 1, source('a')))
first('filterfalse', itertools.filterfalse(lambda x: x < 1, source('a')))
first('groupby', itertools.groupby(source('a')))
first('islice', itertools.islice(source('a'), 1, None))
first('starmap', itertools.starmap(lambda x: x * 10, ([v] for v in source('a'))))
first('takewhile', itertools.takewhile(lambda x: x < 5, source('a')))
first('zip_longest', itertools.zip_longest(source('a', 1), source('b', 2)))
first('pairwise', itertools.pairwise(source('a')))
first('cycle', itertools.cycle(source('a', 2)))
first('count', itertools.count(3))
first('repeat', itertools.repeat('r', 2))
first('product', itertools.product(source('a', 2), source('b', 2)))

# an infinite input never hangs a lazy consumer
print(list(itertools.islice(itertools.accumulate(itertools.count(1)), 5)))
print(list(itertools.takewhile(lambda x: x < 20, (x * x for x in itertools.count()))))
print(next(itertools.dropwhile(lambda x: x < 1000, itertools.count(0, 7))))
print(next(itertools.filterfalse(lambda x: x % 17, itertools.count(1))))
print(list(itertools.islice(itertools.zip_longest(itertools.count(), 'ab'), 3)))
print(list(itertools.islice(itertools.chain.from_iterable(itertools.repeat('xy')), 5)))

# StopIteration once exhausted, and again after that
it = itertools.islice([1, 2], 5)
print(list(it), list(it), next(it, 'done'))
it = itertools.chain([1])
print(next(it), next(it, 'done'), next(it, 'done'))
g = itertools.groupby('')
print(next(g, 'empty'))
