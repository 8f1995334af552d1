# __call__ makes instances callable; callable() reports it; classes themselves are callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
add5 = Adder(5)
print(add5(10), add5(10, times=3), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2, 3])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(print), callable(lambda: 0), callable("str"), callable(str))
