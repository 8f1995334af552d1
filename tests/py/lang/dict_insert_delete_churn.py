# A dict that keeps gaining and losing keys stays fast and correct (deleted slots are reclaimed)
registry = {}
for i in range(20000):
    registry[i] = "thread-%d" % i
    del registry[i]
print(len(registry), registry)

d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
for i in range(3000):
    d[-i - 1] = i
    d.pop(-i - 1)
print(len(d), sum(d), list(d)[:5], list(d)[-3:])

d.clear()
for word in "the quick brown fox jumps over the lazy dog".split():
    d[word] = d.get(word, 0) + 1
    if len(d) > 4:
        oldest = next(iter(d))
        del d[oldest]
print(d)
