# Generator functions: lazy execution, yield values, state between next() calls, exhaustion.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__, "created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def evens(limit):
    yield from (x for x in range(limit) if x % 2 == 0)
print(list(evens(10)), sum(evens(101)))
def empty():
    return
    yield
print(list(empty()))
