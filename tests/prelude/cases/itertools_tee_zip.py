# tee and zip_longest
from itertools import tee, zip_longest, count, islice


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a, b = tee([1, 2, 3, 4])
print(next(a), next(a))
print(list(b))
print(list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
print(len(tee([1], 5)))
show(lambda: tee([1], -1))
show(lambda: tee(5))
show(lambda: tee([1], 'a'))


def noisy():
    for i in range(4):
        print('  pull', i)
        yield i


a, b = tee(noisy())
print('tee created')
print(next(a))
print(next(b))
print(list(a))
print(list(b))
c, d = tee(a)
print(list(c), list(d))

# tee of an infinite iterator stays lazy
e, f = tee(count())
print(list(islice(e, 3)), list(islice(f, 5)))

print(list(zip_longest('ABCD', 'xy')))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest()))
print(list(zip_longest([1, 2])))
print(list(zip_longest([], [1], [2, 3])))
show(lambda: zip_longest([1], 5))
z = zip_longest([1], [2, 3])
print(list(z), list(z))
