# An exception raised in finally replaces the one in flight (which becomes its __context__).
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("never")
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally still runs")
try:
    in_except()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def handler_var():
    try:
        raise IndexError("i")
    except IndexError as err:
        pass
    try:
        return err
    except NameError as ne:
        return f"NameError: {ne}"
print(handler_var())
