# sys.stdout.write returns the number of characters written; sys.stderr gets separate output.
import sys
n = sys.stdout.write("hello\n")
print("wrote", n)
m = sys.stdout.write("né中\n")
print("wrote", m)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stderr.write("an error line\n")
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"))
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
sys.stderr.write("last error line\n")
