# Errors raised by list operations, with CPython's messages.
a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: a.remove(9),
    lambda: [].pop(),
    lambda: a.pop(10),
    lambda: a.index(9),
    lambda: a["0"],
    lambda: a.__setitem__(5, 0),
    lambda: a + (4,),
    lambda: a.nosuch(),
    lambda: [].remove(None),
    lambda: a.insert(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
try:
    del a[7]
except IndexError as e:
    print("IndexError:", e)
print(a)
