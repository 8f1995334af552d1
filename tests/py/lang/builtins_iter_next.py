# iter() and next(): defaults, StopIteration, iter(callable, sentinel) and iterator identity.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(iter(s) is s, list(s), list(s))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter([])).__name__, type(iter(range(2))).__name__)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
