# SystemExit can be caught: its code attribute holds the argument; the program then continues.
import sys
for arg in (None, 0, 2, "text", [1]):
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raised directly:", e.code)
try:
    exit_code = 7
    sys.exit(exit_code)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print("still running; now exiting with 4")
sys.exit(4)
