# bisect_left/right, insort_left/right, lo/hi, key=, errors
import bisect


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = [1, 2, 4, 4, 4, 8, 10]
for x in [0, 1, 4, 5, 10, 11]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5)
print(b)
show(lambda: bisect.bisect_left(a, 1, -1))
show(lambda: bisect.insort([1], 0, lo=-2))
show(lambda: bisect.bisect([1, 'a'], 2))
records = [('ann', 25), ('bob', 30), ('cy', 35)]
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 30, key=lambda r: r[1]))
bisect.insort(records, ('dee', 31), key=lambda r: r[1])
bisect.insort_left(records, ('eve', 30), key=lambda r: r[1])
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('acegi', 'd'), bisect.bisect_right((1, 2, 3), 2))
