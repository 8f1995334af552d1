# range: repr, len, indexing, slicing, membership, negative steps, equality and errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(range(5), range(0), list(range(0)), list(range(5, 0, -2)), list(range(-3)))
print(8 in r, 9 in r, r.index(11), r.count(5), r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), len(range(10 ** 6)))
print(list(range(10, -10, -7)), sum(range(101)), list(reversed(range(4))))
for bad in (lambda: range(1, 5, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(10), lambda: range()):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
print(min(range(3, 9)), max(range(3, 9, 4)), bool(range(0)), bool(range(1)))
