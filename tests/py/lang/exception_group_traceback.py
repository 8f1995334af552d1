# Boxed traceback of an uncaught group: chained sub-exceptions, notes and nested groups.
def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [OSError("os"), ExceptionGroup("deep", [KeyError(1)])])
inner.add_note("a note")
try:
    raise RuntimeError("ctx")
except RuntimeError:
    raise ExceptionGroup("outer", excs + [inner])
