# Several context managers in one with: entered left to right, exited right to left.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
with (
    CM("x") as x,
    CM("y") as y,
):
    print("parenthesized", x, y)
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
with CM("outer"):
    with CM("inner"):
        raise_it = False
    print("between")
