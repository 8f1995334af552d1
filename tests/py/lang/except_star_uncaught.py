# An uncaught group from except* (raised in a handler plus the unhandled rest) prints boxed.
def work():
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])

def main():
    try:
        work()
    except* ValueError:
        raise KeyError("from handler")
    except* TypeError:
        print("TypeError handled")

print("start")
main()
