# Decorator factories take arguments and return the real decorator; class-based decorators.
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
def prefix(text="> "):
    def deco(func):
        return lambda *a: text + func(*a)
    return deco
@prefix()
def a():
    return "default"
@prefix("# ")
def b():
    return "custom"
print(a(), b())
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.func(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
