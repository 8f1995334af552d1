# Generator expressions are lazy, single-use iterators usable directly as call arguments.
log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
g = (x * 10 for x in src(5))
print(type(g).__name__, log)
print(next(g), next(g), log)
print(list(g), list(g), log)
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5, 2]), all(x for x in [1, 0]))
print(sorted((c for c in "zyx"), reverse=True), "".join(c.upper() for c in "abc"))
gen = (i for i in range(3))
print(iter(gen) is gen, 1 in gen, list(gen))
pairs = ((a, b) for a in range(2) for b in "xy")
print(list(pairs))
nested = (sum(row) for row in [[1, 2], [3, 4]])
print(tuple(nested), dict((k, k * 2) for k in range(3)))
