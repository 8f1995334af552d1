# __exit__ returning a true value suppresses the exception; only the matching kind here.
class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print(f"suppressed {et.__name__}: {ev}")
            self.caught = ev
            return True
        return False
with Ignore(KeyError, IndexError) as ig:
    {}["missing"]
print("continued after", repr(ig.caught))
with Ignore(ValueError):
    int("nope")
    print("not reached")
try:
    with Ignore(ValueError):
        [].pop()
except IndexError as e:
    print("IndexError passed through:", e)
for i in range(3):
    with Ignore(ZeroDivisionError):
        print(i, 10 / (i - 1))
