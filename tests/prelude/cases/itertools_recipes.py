# Recipes from the itertools documentation built on the module
import itertools
from itertools import (chain, islice, count, cycle, repeat, starmap, tee, zip_longest, groupby,
                       combinations, filterfalse, accumulate, product, permutations)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


print(take(5, tabulate(lambda x: x * x)))
print(nth(range(10), 3), nth(range(3), 5, 'none'))
print(all_equal('aaaa'), all_equal('aaba'), all_equal(''))
print(list(flatten([[1, 2], [3], []])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(accumulate(repeat(1, 5))))
print(list(starmap(operator.mul, zip(count(1), 'abc'))))
print(sum(1 for _ in product(range(4), repeat=4)))
print(list(islice(permutations(range(10)), 3)))
print(sorted(set(itertools.chain('hello', 'world'))))
