# sys.getrecursionlimit/setrecursionlimit: the default is 1000; raising it allows deeper recursion.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    depth(5000)
except RecursionError:
    print("5000 too deep at the default limit")
sys.setrecursionlimit(10000)
print(sys.getrecursionlimit(), depth(5000))
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError:", e)
print(sys.getrecursionlimit())
