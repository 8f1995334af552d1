# Function objects: __name__, __qualname__, __doc__, __module__, __defaults__, annotations.
def documented(a: int, b: str = "x") -> bool:
    """Returns whether a is positive."""
    return a > 0
print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__, documented.__defaults__)
print(documented.__annotations__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
class C:
    def m(self):
        "method doc"
    class Nested:
        def deep(self):
            pass
print(C.m.__qualname__, C.Nested.deep.__qualname__, C.m.__doc__)
print((lambda: 0).__name__, (lambda: 0).__doc__)
documented.custom = "attached"
print(documented.custom, callable(documented), type(documented).__name__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc())
