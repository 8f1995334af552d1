# An uncaught exception exits with status 1 even after sys.exit(0) was caught earlier.
import sys

try:
    sys.exit(0)
except SystemExit:
    print("caught SystemExit(0)")

values = {"a": 1}
print(values["a"])
raise RuntimeError("fatal after catching SystemExit")
