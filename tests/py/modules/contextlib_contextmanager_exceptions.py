# contextlib.contextmanager: exceptions thrown in at the yield, suppression, replacement
from contextlib import contextmanager

@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as exc:
        print("swallowed", type(exc).__name__, exc)

with swallow(ValueError):
    raise ValueError("bad")
print("after swallow")

try:
    with swallow(ValueError):
        raise KeyError("k")
except KeyError as exc:
    print("passed through", repr(exc), exc.__context__)

@contextmanager
def replace():
    try:
        yield
    except ZeroDivisionError as exc:
        raise ArithmeticError("replaced") from exc

try:
    with replace():
        1 / 0
except ArithmeticError as exc:
    print(exc, type(exc.__cause__).__name__, type(exc.__context__).__name__)

@contextmanager
def reraise():
    try:
        yield
    except Exception:
        print("saw it")
        raise

try:
    with reraise():
        raise TypeError("again")
except TypeError as exc:
    print("same", exc, exc.__context__)

cm = swallow(OSError)
cm.__enter__()
print(cm.__exit__(OSError, None, None))
cm = swallow(OSError)
cm.__enter__()
print(cm.__exit__(None, None, None))
cm = swallow(OSError)
cm.__enter__()
try:
    cm.__exit__(KeyError, KeyError(1), None)
except KeyError as exc:
    print("exit re-raised", repr(exc))
