# Raising while handling sets __context__ automatically; from None suppresses its display.
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise TypeError("first")
    finally:
        print("finally sees the exception in flight")
except TypeError as e:
    print("context of a plain raise:", e.__context__)
def handler():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            return inner
exc = handler()
print(repr(exc), repr(exc.__context__))
