# Decorators wrap functions; @ syntax is sugar for f = deco(f).
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("ada"), greet.__name__)
calls = []
def logged(func):
    def wrapper(*args):
        calls.append((func.__name__, args))
        return func(*args)
    return wrapper
@logged
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def one():
    return 1
print(registry["one"](), one is registry["one"])
def add_attr(func):
    func.tagged = True
    return func
@add_attr
def plain():
    pass
print(plain.tagged)
