# itertools.chain, chain.from_iterable, product, permutations, combinations, accumulate, groupby.
from itertools import chain, product, permutations, combinations, accumulate, groupby, zip_longest
print(list(chain([1, 2], "ab", (None,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(product([1, 2], repeat=2)), list(product()))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations(range(4), 2)), list(combinations("ab", 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print([(k, len(list(g))) for k, g in groupby("aaabccdd")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(zip_longest("abc", [1], fillvalue="-")))
