# except* splits an ExceptionGroup by type; each matching clause runs once with a sub-group.
def risky():
    raise ExceptionGroup("many failures", [
        ValueError("bad value 1"),
        TypeError("bad type"),
        ValueError("bad value 2"),
        KeyError("missing key"),
    ])
try:
    risky()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
except* LookupError as eg:
    print("LookupErrors:", [repr(e) for e in eg.exceptions])
try:
    try:
        risky()
    except* ValueError:
        print("handled only the ValueErrors")
except ExceptionGroup as rest:
    print("unhandled rest:", rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("a naked exception is wrapped:", repr(eg), [repr(e) for e in eg.exceptions])
