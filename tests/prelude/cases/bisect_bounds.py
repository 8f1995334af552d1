# lo and hi arguments, positional and keyword, edge values
import bisect


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = list(range(0, 20, 2))
print(bisect.bisect_left(a, 7, 2, 5), bisect.bisect_right(a, 7, lo=6), bisect.bisect_right(a, 7, hi=1))
print(bisect.bisect_left(a, 100, 0, 3), bisect.bisect_left(a, -5, 5), bisect.bisect(a, 4, 10, 10))
print(bisect.bisect_left(a, 5, 0, None), bisect.bisect_right(a, 5, 7, 3))
show(lambda: bisect.bisect_left(a, 5, -1))
show(lambda: bisect.bisect_right(a, 5, lo=-3))
show(lambda: bisect.insort_left(a, 5, -1))
show(lambda: bisect.bisect(None, 1))
b = [1, 2, 3]
bisect.insort(b, 2, 0, 1)
print(b)
bisect.insort(b, 9, hi=0)
print(b)
