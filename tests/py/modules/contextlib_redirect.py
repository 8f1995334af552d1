# contextlib.redirect_stdout / redirect_stderr: capture, nesting, reentrancy, restore on error
import sys
from contextlib import redirect_stdout, redirect_stderr

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def value(self):
        return "".join(self.parts)

real_stdout = sys.stdout
buf = Capture()
with redirect_stdout(buf) as target:
    print("captured line")
    print(1, 2, 3, sep=",")
print(target is buf, sys.stdout is real_stdout)
print(repr(buf.value()))

outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print("to outer")
    with redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.value()), repr(inner.value()))

# The same object entered twice restores each level in turn.
again = Capture()
rd = redirect_stdout(again)
with rd:
    print("level 1")
    with rd:
        print("level 2")
    print("back to 1", sys.stdout is again)
print("restored", sys.stdout is real_stdout, repr(again.value()))

err = Capture()
try:
    with redirect_stderr(err):
        print("problem", file=sys.stderr)
        raise ValueError("boom")
except ValueError as exc:
    print("caught", exc, sys.stderr is not err)
print(repr(err.value()))

with redirect_stdout(None):
    pass
print("None target ok", sys.stdout is real_stdout)
