# wraps / update_wrapper
import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@trace
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__)
print(add.__wrapped__(1, 1))
print(add.__wrapped__.__name__)


def plain(f):
    def wrapper(*a):
        return f(*a)
    return wrapper


@plain
def documented():
    """doc"""


print(documented.__name__, documented.__doc__)


def counted(func):
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return functools.update_wrapper(wrapper, func)


def target(x):
    "target doc"
    return x * 2


target.custom = 'kept'
t = counted(target)
t(1); t(2)
print(t.calls, t.__name__, t.__doc__, t.custom, t.__wrapped__ is target)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def only_name(func):
    def wrapper():
        pass
    return functools.update_wrapper(wrapper, func, assigned=('__name__',), updated=())


w = only_name(target)
print(w.__name__, w.__doc__, hasattr(w, 'custom'), w.__wrapped__ is target)


class Callable:
    def __call__(self):
        return 'called'


obj = Callable()
wrapped = functools.wraps(obj)(lambda: obj())
print(wrapped(), wrapped.__name__, wrapped.__wrapped__ is obj)


def decorator_with_args(prefix):
    def deco(func):
        @functools.wraps(func)
        def inner(*args):
            return prefix + str(func(*args))
        return inner
    return deco


@decorator_with_args('result: ')
def mul(a, b):
    """Multiply."""
    return a * b


print(mul(6, 7), mul.__name__, mul.__doc__)
