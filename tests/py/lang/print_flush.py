# print(flush=True) and sys.stdout.flush(): output order is the same as without flushing.
import sys
for i in range(3):
    print("line", i, flush=True)
sys.stdout.write("written ")
sys.stdout.flush()
print("then printed")
print("partial", end="", flush=True)
print(" completed")
print("to stderr", file=sys.stderr, flush=True)
n = sys.stdout.write("abc\n")
print(n, sys.stdout.flush())
print("end", flush=False)
