# except* with else/finally, nesting, generators, loops inside handlers and the `as` name cleared.
import sys
def t(name, fn):
    try:
        fn()
        print(name, "-> no exception")
    except BaseException as e:
        print(name, "->", repr(e))
def h():
    try:
        print("body")
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
def i():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            print("inner", repr(eg))
        finally:
            print("fin")
    except* TypeError as eg:
        print("outer", repr(eg))
    print("exc_info after", sys.exc_info())
def j():
    def gen():
        try:
            yield 1
            raise ExceptionGroup("gen", [ValueError(1), KeyError(2)])
        except* ValueError as eg:
            yield repr(eg)
    print(list(gen()))
def k():
    for n in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(n)])
        except* ValueError as eg:
            for x in eg.exceptions:
                if x.args[0] == 1:
                    break
            print("loop", n)
    try:
        eg
    except NameError as ex:
        print("NameError", ex)
for fn in (h, i, j, k):
    t(fn.__name__, fn)
