# functools.lru_cache and cache: memoised recursion, cache_info, eviction order, cache_clear,
# and the wrapper keeps the function's name and doc.
import functools

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    "The n-th Fibonacci number."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
print(fib.__name__, fib.__doc__, fib.__wrapped__(10))

calls = []

@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x

for x in (1, 2, 1, 3, 2, 1):
    square(x)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@functools.cache
def greet(name, punctuation="!"):
    calls.append(name)
    return f"hello {name}{punctuation}"

print(greet("ada"), greet("ada"), greet("ada", punctuation="?"), calls[-2:])

@functools.lru_cache
def typed_free(x):
    return type(x).__name__

print(typed_free(1), typed_free(1.0), typed_free.cache_info().currsize)
try:
    @functools.lru_cache(maxsize="big")
    def bad():
        pass
except TypeError as e:
    print("TypeError:", e)
