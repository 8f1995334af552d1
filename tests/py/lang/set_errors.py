# Set errors: unhashable members, remove of a missing element, pop from an empty set.
s = {1, 2}
tests = [
    lambda: {[1, 2]},
    lambda: s.add({3}),
    lambda: s.remove(9),
    lambda: set().pop(),
    lambda: set(5),
    lambda: {1} + {2},
    lambda: s[0],
    lambda: frozenset([[1]]),
    lambda: {1} < [1],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print(s, {1, 2} - {1, 2}, set() == frozenset())
