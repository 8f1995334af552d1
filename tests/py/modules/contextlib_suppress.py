# contextlib.suppress: matching by subclass, several types, reuse, exception groups as in 3.11
from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")

with suppress(LookupError):
    [][3]
print("IndexError suppressed via LookupError")

with suppress(ValueError, ZeroDivisionError):
    1 / 0
print("ZeroDivisionError suppressed")

try:
    with suppress():
        raise ValueError("nothing suppressed")
except ValueError as exc:
    print("empty suppress:", exc)

try:
    with suppress(TypeError):
        raise ValueError("other")
except ValueError as exc:
    print("not matched:", exc)

quiet = suppress(OSError)
for i in range(3):
    with quiet:
        if i != 1:
            raise OSError(i)
        print("no error on", i)
print("reused")

with suppress(ValueError) as bound:
    pass
print("as binds", bound)

print(quiet.__exit__(None, None, None), quiet.__exit__(OSError, OSError(), None))

# In 3.11 a group is only matched by its own type, not by what it contains.
try:
    with suppress(ValueError):
        raise ExceptionGroup("grp", [ValueError(1)])
except ExceptionGroup as exc:
    print("group not suppressed:", repr(exc))

with suppress(ExceptionGroup):
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print("group suppressed by its type")

with suppress(BaseException):
    raise KeyboardInterrupt
print("BaseException covers KeyboardInterrupt")
