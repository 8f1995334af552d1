# sys.exit(-1): the process exit status is the code modulo 256, so 255.
import sys


def fail(reason):
    print("failing:", reason)
    sys.exit(-1)


print("before")
fail("negative exit code")
print("not reached")
