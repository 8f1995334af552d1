# except*: naked exceptions, bare raise, raise eg, raising in handlers, sys.exc_info, bad types.
import sys
def t(name, fn):
    try:
        fn()
        print(name, "-> no exception")
    except BaseException as e:
        print(name, "->", repr(e))
def a():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not here")
def b():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        raise KeyError("new")
def c():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as eg:
        print("tuple", repr(eg), repr(sys.exc_info()[1]))
    except* OSError:
        print("os", repr(sys.exc_info()[1]))
        raise KeyError(5)
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass
def l():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)
for fn in (a, b, c, d, e, f, g, l):
    t(fn.__name__, fn)
