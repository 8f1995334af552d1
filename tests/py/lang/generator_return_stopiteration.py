# A generator's return value travels in StopIteration.value; StopIteration raised inside becomes RuntimeError.
def g():
    yield 1
    return "the result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def bare():
    yield 1
    return
b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print("bare return value:", e.value)
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(g()), [x for x in g()])
