# nlargest, nsmallest: order and stability, keys
import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(20, nums))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(4, (x for x in nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nlargest(-1, nums))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(4, iter(words), key=len), heapq.nsmallest(5, iter(words), key=len))
pairs = [(1, 'b'), (1, 'a'), (0, 'z'), (2, 'y'), (1, 'c')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(heapq.nlargest(5, range(1000)), heapq.nsmallest(5, range(1000, 0, -1)))
print(heapq.nsmallest(3, [3.5, 1, 2.25, 1.0]), heapq.nlargest(2, 'hello'))
