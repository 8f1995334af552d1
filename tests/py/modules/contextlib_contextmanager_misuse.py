# contextlib.contextmanager: generator didn't yield / didn't stop, and StopIteration in the body
from contextlib import contextmanager

@contextmanager
def no_yield():
    print("running")
    if False:
        yield

@contextmanager
def two_yields():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

@contextmanager
def yields_after_catch():
    try:
        yield
    except ValueError:
        print("caught")
    yield

for factory, body_raises in [(no_yield, 0), (two_yields, 0), (yields_after_catch, 1)]:
    try:
        with factory():
            if body_raises:
                raise ValueError("v")
    except RuntimeError as exc:
        print(factory.__name__, "->", exc, "| context:", repr(exc.__context__),
              exc.__suppress_context__)

@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("body stop")
except StopIteration as exc:
    print("StopIteration kept:", exc)

@contextmanager
def catch_stop():
    try:
        yield
    except StopIteration:
        print("generator caught StopIteration")

with catch_stop():
    raise StopIteration(1)
print("suppressed")

try:
    with plain():
        raise RuntimeError("body runtime")
except RuntimeError as exc:
    print("RuntimeError kept:", exc)
