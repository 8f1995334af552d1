# except* with nested groups keeps the nesting structure; raising inside except* adds to the result.
eg = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    OSError("os"),
])
try:
    raise eg
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
except* OSError as g:
    print("os:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), IndexError("i")])
    except* KeyError:
        raise RuntimeError("raised in handler")
except ExceptionGroup as result:
    print(result.message, [type(e).__name__ for e in result.exceptions])
    inner = result.exceptions
    print(any(isinstance(e, RuntimeError) for e in inner))
def all_handled():
    count = 0
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        count = len(g.exceptions)
    return count
print(all_handled())
