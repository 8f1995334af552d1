# Chained generators form a lazy pipeline; itertools.islice limits an infinite source.
import itertools
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def only_odd(it):
    return (x for x in it if x % 2)
def take_while_below(it, limit):
    for x in it:
        if x >= limit:
            return
        yield x
print(list(itertools.islice(squares(numbers()), 8)))
print(list(take_while_below(only_odd(squares(numbers())), 200)))
lines = ["# comment", "data 1", "", "data 2", "# other", "data 3"]
stripped = (l.strip() for l in lines)
nonblank = (l for l in stripped if l)
data = (l.split()[1] for l in nonblank if not l.startswith("#"))
print([int(d) * 10 for d in data])
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 6))))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
