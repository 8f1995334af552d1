# contextlib: exception context chains from contextmanager and ExitStack match nested with statements
from contextlib import contextmanager, ExitStack

def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(out)

@contextmanager
def converting(name):
    try:
        yield
    except Exception as exc:
        raise RuntimeError(f"{name} saw {type(exc).__name__}")

@contextmanager
def cleanup_fails(name):
    try:
        yield
    finally:
        raise KeyError(name)

def nested():
    with converting("outer"), cleanup_fails("middle"), converting("inner"):
        raise ValueError("body")

def stacked():
    with ExitStack() as stack:
        stack.enter_context(converting("outer"))
        stack.enter_context(cleanup_fails("middle"))
        stack.enter_context(converting("inner"))
        raise ValueError("body")

for run in (nested, stacked):
    try:
        run()
    except Exception as exc:
        print(run.__name__, "|", chain(exc))

def handled(run):
    try:
        raise OSError("already handling")
    except OSError:
        try:
            run()
        except Exception as exc:
            return chain(exc)

print(handled(nested))
print(handled(stacked))

cm = converting("direct")
cm.__enter__()
try:
    cm.__exit__(ZeroDivisionError, None, None)  # value made from the class
except RuntimeError as exc:
    print(exc, "|", chain(exc))
