# Exact heap layouts after each operation (these depend on the sift algorithms)
import heapq
import random

random.seed(7)
for n in [1, 2, 3, 10, 31, 100]:
    data = [random.randint(0, 50) for _ in range(n)]
    h = list(data)
    heapq.heapify(h)
    print(n, h[:12])
    pushed = []
    for x in data:
        heapq.heappush(pushed, x)
    print('  ', pushed[:12])
    for _ in range(min(3, n)):
        heapq.heappop(h)
    print('  ', h[:12])
    if h:
        heapq.heapreplace(h, 25)
        heapq.heappushpop(h, 26)
        print('  ', h[:12])
strs = ['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry', 'date']
heapq.heapify(strs)
print(strs)
tups = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c'), (0, 'q')]
heapq.heapify(tups)
print(tups, heapq.heappop(tups), tups)
