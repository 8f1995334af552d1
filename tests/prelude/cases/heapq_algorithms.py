# heap-based algorithms: k-way merge, dijkstra, running median, heapsort, top-k
import heapq


def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    order = []
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float('inf')):
            continue
        order.append(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dist, order


graph = {'A': [('B', 4), ('C', 2)], 'B': [('C', 5), ('D', 10)], 'C': [('E', 3)],
         'D': [('F', 11)], 'E': [('D', 4)], 'F': []}
print(dijkstra(graph, 'A'))


def running_median(stream):
    low, high = [], []
    out = []
    for x in stream:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out


print(running_median([5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]))


class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return self.name


h = []
for t in [Task(3, 'c'), Task(1, 'a'), Task(2, 'b'), Task(1, 'a2')]:
    heapq.heappush(h, t)
print(h, [heapq.heappop(h) for _ in range(4)])
counts = {'x': 5, 'y': 9, 'z': 1, 'w': 9}
print(heapq.nlargest(2, counts, key=counts.get))
h = [5, 3, 8]
heapq.heapify(h)
heapq.heappush(h, 1)
print(h, h[0])
