# sys.exit(3) ends the program immediately with exit status 3 and prints nothing to stderr.
import sys


def main():
    print("doing work")
    if True:
        print("exiting with code 3")
        sys.exit(3)
    print("not reached")


main()
print("not reached either")
