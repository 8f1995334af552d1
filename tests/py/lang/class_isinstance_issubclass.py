# isinstance/issubclass with tuples, builtin types, bool/int, and errors for non-classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, B)), issubclass(A, A))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), issubclass(type, object), isinstance(type, type))
print(isinstance(len, object), isinstance(3, object), issubclass(int, (str, object)))
print(isinstance(b, (C, (B, int))), issubclass(KeyError, LookupError))
for bad in (lambda: isinstance(b, b), lambda: issubclass(b, A), lambda: issubclass(A, 5),
            lambda: isinstance(1, [int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
