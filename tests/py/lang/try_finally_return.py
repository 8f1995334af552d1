# finally always runs: it can override return values, swallow exceptions, and run on break/continue.
def override():
    try:
        return "from try"
    finally:
        return "from finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally (mutates the returned list)")
print(override())
print(swallow())
print(order())
def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", e)
    finally:
        print("outer finally")
nested()
