# Errors raised from comparisons inside heap operations, and heaps of mixed numbers
import heapq


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


h = [1, 2, 3]
show(lambda: heapq.heappush(h, None))
print(h)
show(lambda: heapq.heapify([1, 'a', 2]))
show(lambda: heapq.heappushpop([1], 'x'))
show(lambda: heapq.nlargest(2, [1, 'a', 3]))
show(lambda: heapq.nsmallest(2, [{}, {}, {}]))
show(lambda: list(heapq.merge([1], ['a'])))
mixed = [3, 1.5, True, 2, 0.25]
heapq.heapify(mixed)
print(mixed, [heapq.heappop(mixed) for _ in range(5)])
print(heapq.nlargest(2, [1, 1.0, True]), heapq.nsmallest(2, [1, 1.0, True]))
