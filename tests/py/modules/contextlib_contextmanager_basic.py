# contextlib.contextmanager: enter value, cleanup order, reuse of the factory, wraps metadata
from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("a") as value:
    log.append(value)
    with tag("b") as inner:
        log.append(inner)
print(log)

print(tag.__name__, tag.__doc__)
print(tag.__wrapped__.__name__)
cm = tag("c")
print(cm.__doc__)
print(type(cm).__name__)


@contextmanager
def nodoc():
    yield 7


print(nodoc().__doc__)

# A manager made by the factory is single use.
cm = nodoc()
with cm as x:
    print("first", x)
try:
    with cm:
        pass
except Exception as exc:
    print(type(exc).__name__, exc)


@contextmanager
def counted(n):
    total = 0
    for i in range(n):
        total += i
    yield total


with counted(5) as t, counted(3) as u:
    print(t, u)
