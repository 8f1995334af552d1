# Tutorial programs: leaderboard, histogram bucketing, interval lookup
import bisect
import random

random.seed(5)
scores = []
for _ in range(15):
    bisect.insort(scores, random.randint(0, 100))
print(scores)
print('rank of 50:', len(scores) - bisect.bisect(scores, 50))
edges = [0, 10, 20, 30, 40, 50]
values = [3, 14, 15, 27, 9, 49, 50, 35, 0, 22]
hist = [0] * len(edges)
for v in values:
    hist[bisect.bisect_right(edges, v) - 1] += 1
print(hist)
timeline = [(1990, 'a'), (2000, 'b'), (2010, 'c')]
starts = [t[0] for t in timeline]
for year in [1985, 1990, 1999, 2005, 2020]:
    i = bisect.bisect(starts, year)
    print(year, timeline[i - 1][1] if i else None)
sorted_list = []
for word in 'the quick brown fox jumps over the lazy dog'.split():
    i = bisect.bisect_left(sorted_list, word)
    if i == len(sorted_list) or sorted_list[i] != word:
        sorted_list.insert(i, word)
print(sorted_list)
