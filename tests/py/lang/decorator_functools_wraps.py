# functools.wraps copies __name__, __doc__, __qualname__ and __wrapped__ to the wrapper.
import functools
def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@plain
def alpha():
    "Alpha docs."
    return "a"
@wrapped
def beta():
    "Beta docs."
    return "b"
print(alpha.__name__, alpha.__doc__, alpha.__qualname__)
print(beta.__name__, beta.__doc__, beta.__qualname__)
print(beta.__wrapped__(), beta.__wrapped__.__name__, beta(), alpha())
class Holder:
    @wrapped
    def method(self):
        "Method docs."
        return self
print(Holder.method.__qualname__, Holder.method.__doc__)
print(hasattr(alpha, "__wrapped__"), hasattr(beta, "__wrapped__"))
