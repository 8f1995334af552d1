# product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:6])
print(list(product()))
print(list(product('ab', [])))
print(list(product([], repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(permutations('ABC')))
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3), 0)), list(permutations([], 0)), list(permutations('ab', 3)))
print(list(permutations([1, 1, 2])))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(3), 3))[:5])
print(sum(1 for _ in permutations(range(6))))
print(sum(1 for _ in combinations(range(12), 5)))

show(lambda: product([1], repeat=-1))
show(lambda: product(1))
show(lambda: permutations('abc', -1))
show(lambda: permutations('abc', 'x'))
show(lambda: combinations('abc', -2))
show(lambda: combinations('abc'))
show(lambda: combinations_with_replacement('abc', -1))
show(lambda: combinations(5, 2))
show(lambda: list(permutations('ab', None)))

# inputs are consumed eagerly, outputs lazily
def noisy():
    for x in 'xyz':
        print('  pull', x)
        yield x


p = permutations(noisy(), 2)
print('created')
print(next(p))
c = combinations(noisy(), 2)
print(next(c), next(c))
