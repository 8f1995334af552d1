# merge: laziness, key, reverse
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['ccc', 'a'], ['bb'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [])))
print(list(heapq.merge([1, 1], [1, 1])))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0])))


def gen(name, values):
    for v in values:
        print('  ', name, 'yields', v)
        yield v


m = heapq.merge(gen('a', [1, 4]), gen('b', [2, 3]))
print('merge created')
print(next(m))
print(next(m))
print(list(m))
print(list(heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)), range(2, 10, 3))))
