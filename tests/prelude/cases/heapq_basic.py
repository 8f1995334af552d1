# heappush, heappop, heapify, heapreplace, heappushpop and their errors
import heapq


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


h = []
for x in [5, 1, 8, 3, 9, 2, 7, 3, 0]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heapify({1, 2}))
show(lambda: heapq.heappop('abc'))
show(lambda: heapq.heappush([1], 'a'))
tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (5, 'write spec'))
heapq.heappush(tasks, (1, 'write diagram'))
heapq.heappush(tasks, (3, 'create tests'))
heapq.heappush(tasks, (1, 'another p1'))
while tasks:
    print(heapq.heappop(tasks))
big = [(i * 7919) % 1000 for i in range(1000)]
heapq.heapify(big)
print(big[:10], [heapq.heappop(big) for _ in range(10)])
maxheap = []
for x in [3, 1, 4, 1, 5]:
    heapq.heappush(maxheap, -x)
print([-heapq.heappop(maxheap) for _ in range(3)])
