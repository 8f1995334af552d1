print(match, case)
match.x
match[1]
match(1)
match -1
match x:
  case 1: pass
  case 2:
    pass
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    class C:
        nonlocal x
def f(a):
    def g():
        nonlocal a
    return g
while 1:
    try:
        break
    finally:
        pass
while 1:
    with a:
        continue
async def f():
    async with a as b, c as d:
        yield
    async for x in y:
        await z
async def f():
    yield
    return
async def f():
    return
    yield 1
def f():
    return (yield)
    yield from x
async def f():
    [await x for x in y]
    {await x for x in y}
    (await x for x in y)
def f():
    (await x for x in y)
def f():
    (x async for x in y)
def f():
    return [x for x in (yield)]
[y for x in z for y in (lambda: (yield))()]
try:
    pass
except* E:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* E:
    for x in y:
        break
def f():
    try:
        pass
    except* E:
        def g():
            return 1
try:
    pass
except* E:
    pass
except* F as e:
    pass
try:
    pass
except E:
    pass
except:
    pass
try:
    pass
except* ():
    pass
with (a, b as c): pass
with (open(f) as a,
      open(g) as b):
    pass
with (): pass
with (a,): pass
