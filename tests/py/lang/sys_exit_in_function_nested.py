# SystemExit.code keeps True/False/negative values as given; sys.exit(True) exits with status 1.
import sys
for code in (True, False, -1, 256 + 5):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e.code))
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("cleanup ran")
try:
    cleanup()
except SystemExit as e:
    print("exit code", e.code)
print("exiting with 1 via sys.exit(True)")
sys.exit(True)
