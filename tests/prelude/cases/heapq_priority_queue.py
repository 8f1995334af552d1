# Priority queue with removal (the heapq docs recipe) and stable ordering via counters
import heapq
import itertools

pq = []
entry_finder = {}
REMOVED = '<removed-task>'
counter = itertools.count()


def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)


def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError('pop from an empty priority queue')


for name, pri in [('write', 3), ('test', 1), ('deploy', 5), ('review', 1), ('plan', 0)]:
    add_task(name, pri)
add_task('deploy', 0)
remove_task('review')
out = []
while True:
    try:
        out.append(pop_task())
    except KeyError as e:
        print('KeyError:', e)
        break
print(out)
print(pq)
