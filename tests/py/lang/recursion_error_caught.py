# Unbounded recursion raises RecursionError, which can be caught; the program then goes on.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
print("recovered")
