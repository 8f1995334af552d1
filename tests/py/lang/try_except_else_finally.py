# try/except/else/finally: which clauses run for success, handled errors and unhandled errors.
def attempt(x):
    log = []
    try:
        log.append("try")
        result = 10 / x
    except ZeroDivisionError:
        log.append("except ZeroDivisionError")
    except TypeError as e:
        log.append(f"except TypeError ({e})")
    else:
        log.append(f"else {result}")
    finally:
        log.append("finally")
    return log
print(attempt(2))
print(attempt(0))
print(attempt("s"))
def unhandled():
    try:
        [][1]
    except KeyError:
        print("not this one")
    finally:
        print("finally runs before the IndexError escapes")
try:
    unhandled()
except IndexError as e:
    print("outer caught", repr(e))
try:
    int("x")
except (ValueError, TypeError) as e:
    print("tuple of types caught", type(e).__name__)
try:
    raise KeyError("k")
except LookupError as e:
    print("base class caught", type(e).__name__)
except KeyError:
    print("never: first matching clause wins")
