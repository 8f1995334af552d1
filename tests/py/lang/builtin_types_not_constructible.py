# Built-in types without a constructor refuse to be made, by calling them or by object.__new__.
def gen():
    yield 1

async def coro():
    pass

class Items(list):
    pass

c = coro()
samples = [gen(), c, iter([]), iter(range(3)), {}.keys(), {}.values(), {}.items(),
           reversed([]), iter({}), iter(set()), iter(())]
for obj in samples:
    kind = type(obj)
    try:
        kind()
        print(kind.__name__, "made by calling it")
    except TypeError as e:
        print("TypeError:", e)
    try:
        kind.__new__(kind)
        print(kind.__name__, "made by __new__")
    except TypeError as e:
        print("TypeError:", e)
c.close()

for kind in (list, dict, str, Items, ValueError, int):
    try:
        object.__new__(kind)
        print(kind.__name__, "made")
    except TypeError as e:
        print("TypeError:", e)

class Plain:
    pass

print(type(object.__new__(Plain)).__name__, type(object()).__name__)
