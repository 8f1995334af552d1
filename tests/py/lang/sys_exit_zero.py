# sys.exit() and sys.exit(0) end the program successfully; finally blocks still run.
import sys

print("start")
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs during sys.exit")
print("not reached")
