# Dict merging with |, |=, ** unpacking and update; later keys win but keep first position.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({**a, **b}, {**b, "x": 0, **a})
print({**{}, "k": 1}, dict(a, **b))
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
def f(**kw):
    return kw
print(f(**a, w=5))
try:
    f(**a, x=9)
except TypeError as e:
    print("TypeError:", e)
print(a, b)
