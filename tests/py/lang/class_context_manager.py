# __enter__/__exit__: the value bound by `as`, exit arguments, and suppression by returning True.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Managed("a") as v:
    print("body got", v)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Managed("d"):
        return "returned from inside"
print(early())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
