# Tuples: literals, single-element form, packing, immutability, methods and repr.
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
empty = ()
packed = 1, "a", None
print(t, single, not_tuple, empty, packed, type(packed).__name__)
print(len(t), t[0], t[-1], t[1:], t + (4,), t * 2, 2 in t)
print(t.count(2), t.index(3), (1, 1, 1).count(1), tuple("abc"), tuple([1, [2]]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
holder = ([1],)
holder[0].append(2)
print(holder)
try:
    holder[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(holder, ((),), tuple(), (1, (2, (3,))))
