# contextlib.ExitStack: LIFO order, enter_context, push, callback, pop_all, close
from contextlib import ExitStack, contextmanager

@contextmanager
def named(name):
    print("enter", name)
    yield name
    print("exit", name)

class Plain:
    def __enter__(self):
        print("Plain enter")
        return "plain"
    def __exit__(self, *details):
        print("Plain exit", details)

with ExitStack() as stack:
    values = [stack.enter_context(named(n)) for n in "abc"]
    print(values)
    print(stack.enter_context(Plain()))
    stack.callback(print, "callback", "args", sep="-")
    got = stack.push(lambda *d: print("pushed callable", d))
    print(callable(got))
print("---")

with ExitStack() as stack:
    @stack.callback
    def decorated():
        print("decorated callback ran")
    print(decorated.__name__)
    cm = Plain()
    print(stack.push(cm) is cm)  # only __exit__ is registered, no __enter__ call

print("--- pop_all")
with ExitStack() as outer:
    outer.callback(print, "outer 1")
    moved = outer.pop_all()
    outer.callback(print, "outer 2")
print("outer done")
moved.close()
moved.close()  # nothing left to run
print(type(moved).__name__)

stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()

for bad in (5, object()):
    try:
        ExitStack().enter_context(bad)
    except TypeError as exc:
        print(exc)
print(ExitStack().__exit__(None, None, None))
