# islice: slicing, consumption pattern, CPython's error messages
from itertools import islice, count


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(20), 2, None, 5)))
print(list(islice(range(20), 3, 15, 4)))
print(list(islice(count(), 5, 10)))
print(list(islice([1, 2, 3], 10)))
print(list(islice([1, 2, 3], None)))
print(list(islice([1, 2, 3], None, None, None)))
print(list(islice([1, 2, 3], 0)))
print(list(islice('abc', True)))
show(lambda: list(islice(range(100), 10 ** 30)))
show(lambda: list(islice(range(100), 97, 10 ** 30)))
show(lambda: list(islice(range(100), 10 ** 30, 5)))
show(lambda: list(islice(range(100), 0, 5, 10 ** 30)))
print(list(islice(range(5), 2 ** 63 - 1)))
show(lambda: list(islice(range(5), 2 ** 63)))

# consumption: exactly the items CPython pulls
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))


def noisy():
    for i in range(6):
        print('  pull', i)
        yield i


s = islice(noisy(), 1, 4, 2)
print('created')
print(list(s))

show(lambda: islice([1, 2, 3], -1))
show(lambda: islice([1, 2, 3], -2))
show(lambda: islice([1, 2, 3], 1.5))
show(lambda: islice([1, 2, 3], 'a'))
show(lambda: islice([1, 2, 3], -1, 2))
show(lambda: islice([1, 2, 3], 'x', 2))
show(lambda: islice([1, 2, 3], 0, 2, 0))
show(lambda: islice([1, 2, 3], 0, 2, -1))
show(lambda: islice([1, 2, 3], 0, 2, 'a'))
show(lambda: islice([1, 2, 3], 0, -3))
show(lambda: islice([1, 2, 3]))
show(lambda: islice([1, 2, 3], 1, 2, 3, 4))
show(lambda: islice([1, 2, 3], stop=2))
show(lambda: islice(5, 2))
show(lambda: islice(5, -1))
