# itertools.count, cycle, islice and repeat: infinite iterators cut to size.
from itertools import count, cycle, islice, repeat
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(start=-3, step=-1), 3)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([1, 2]), 0)))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8)), list(islice(range(10), 1, None, 3)))
print(list(repeat("x", 3)), list(islice(repeat(0), 4)), list(map(pow, range(4), repeat(2))))
c = count()
print(next(c), next(c), next(c))
for i, color in zip(count(1), cycle(["red", "green"])):
    if i > 4:
        break
    print(i, color)
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
try:
    islice(range(5), -1)
except ValueError as e:
    print("ValueError:", e)
