# Sets of small ints print in a deterministic order; add/discard/remove/pop and membership.
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
s.discard(10)
s.discard(2)
print(s)
s.remove(3)
print(s, sorted(s))
print(set(), set([5, 5, 6]), set(range(5)), {0}, set((9, 8, 7)))
e = {10, 20}
print(e.pop() in (10, 20), len(e))
print({1, 2} == {2, 1}, {1, 2} == {1, 2, 3}, {1, 1.0, True})
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(c, d, c is d)
c.clear()
print(c, bool(c), bool({0}))
print(set("aaa"), {-1, -2, 0}, {5, 3, 8, 1})
