# sys.argv holds the script path as given on the command line (the corpus runs from the repo root).
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[0].endswith("sys_argv.py"))
print(sys.argv[1:])
print(type(sys.argv).__name__)
print(__name__)
if __name__ == "__main__":
    print("running as the main module")
