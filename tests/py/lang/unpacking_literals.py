# Unpacking inside list/tuple/set/dict displays (PEP 448).
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b, 5), [*"hi", *range(2)])
print({*a, *b, 1}, {*()}, [*{"k": 1}])
d1 = {"x": 1}
d2 = {"y": 2, "x": 0}
print({**d1, **d2}, {**d2, **d1, "z": 3})
print([*[], *[[]]], (*[0],), [*a, *a])
first, *rest = [*a, *b]
print(first, rest)
gen = (i * i for i in range(4))
print([*gen], [*gen])
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
