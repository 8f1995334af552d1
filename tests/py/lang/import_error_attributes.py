# ImportError's msg, name and path: from the constructor, from failed imports, in subclasses.
e = ImportError("boom", name="mod", path="/x.py")
print(e, e.msg, e.name, e.path, e.args)
e2 = ImportError("a", "b")
print(e2, e2.msg, e2.name)
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)
class MyErr(ImportError):
    def __init__(self, what):
        super().__init__(f"no {what}", name=what)
m = MyErr("thing")
print(m, m.name, m.path, isinstance(m, ImportError))
print(ModuleNotFoundError("q", name="q").name)
try:
    import asyncio.nothing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import time.nothing
except ModuleNotFoundError as e:
    print(e, e.name)

