# Subclassing list, dict and Exception: extra methods, overridden behaviour and repr.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=0)
print(d["hello"], d["a"], d)
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict()
ld["KeY"] = 1
print(ld, "key" in ld)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.code, e.args, repr(e))
class Tagged(tuple):
    pass
print(Tagged((1, 2)), Tagged((1, 2)) == (1, 2))
