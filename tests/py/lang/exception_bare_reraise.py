# A bare `raise` re-raises the exception being handled; outside a handler it is a RuntimeError.
def process(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise
try:
    process(0)
except ZeroDivisionError as e:
    print("caller got", repr(e))
def reraise_other():
    try:
        raise KeyError("first")
    except KeyError as e:
        saved = e
    try:
        raise saved
    except KeyError as again:
        return again is saved
print(reraise_other())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested_handlers()
except ValueError as e:
    print("bare raise after an inner handler re-raises:", repr(e))
