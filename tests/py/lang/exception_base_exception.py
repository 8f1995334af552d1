# `except Exception` does not catch SystemExit/KeyboardInterrupt/GeneratorExit; bare except does.
def try_catch(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"except Exception caught {type(e).__name__}"
    except BaseException as e:
        return f"only BaseException caught {type(e).__name__}"
for exc in (ValueError(), SystemExit(2), KeyboardInterrupt(), GeneratorExit(), StopIteration()):
    print(try_catch(exc))
try:
    raise KeyboardInterrupt
except:
    print("bare except catches everything")
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
