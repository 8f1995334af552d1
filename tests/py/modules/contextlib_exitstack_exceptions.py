# contextlib.ExitStack: suppression by callbacks and __context__ chains when exit callbacks raise
from contextlib import ExitStack

def raiser(exc):
    def cb(*details):
        print("cb sees", repr(details[1]))
        raise exc
    return cb

def chain(exc):
    out = []
    while exc is not None:
        out.append(repr(exc))
        exc = exc.__context__
    return " <- ".join(out)

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("third")))
        stack.push(raiser(IndexError("second")))
        stack.push(raiser(TypeError("first")))
        raise ValueError("body")
except Exception as exc:
    print(chain(exc))

# Raised while an unrelated exception is already being handled.
try:
    raise OSError("outer")
except OSError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(KeyError("b")))
            stack.push(raiser(IndexError("a")))
    except Exception as exc:
        print(chain(exc))

# A callback returning True suppresses; later callbacks see no exception.
with ExitStack() as stack:
    stack.push(lambda *d: print("last sees", d))
    stack.push(lambda *d: True)
    stack.push(raiser(ZeroDivisionError("replaced")))
    raise ValueError("body")
print("suppressed")

# Suppression after a raise cancels the pending raise; a callback() never suppresses.
with ExitStack() as stack:
    stack.push(lambda *d: True)
    stack.callback(print, "plain callback")
    stack.push(raiser(RuntimeError("x")))
print("pending raise cancelled")

try:
    with ExitStack() as stack:
        stack.push(lambda *d: False)
        raise LookupError("kept")
except LookupError as exc:
    print(chain(exc))
