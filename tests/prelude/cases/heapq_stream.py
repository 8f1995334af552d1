# Streaming top-k with a bounded heap, and merge of sorted files
import heapq
import random


def top_k(stream, k):
    heap = []
    for x in stream:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    return sorted(heap, reverse=True)


random.seed(3)
stream = [random.randint(0, 10 ** 6) for _ in range(2000)]
print(top_k(stream, 5), heapq.nlargest(5, stream))
print(heapq.nsmallest(5, stream) == sorted(stream)[:5])
files = [sorted(random.sample(range(100), 8)) for _ in range(4)]
merged = list(heapq.merge(*files))
print(merged == sorted(sum(files, [])), merged[:10])
logs = [[(1, 'a1'), (5, 'a5')], [(2, 'b2'), (3, 'b3')], [(4, 'c4')]]
print([msg for _, msg in heapq.merge(*logs)])
