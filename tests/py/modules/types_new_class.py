# types.new_class, prepare_class and resolve_bases with metaclasses, keywords and __mro_entries__
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 5
    ns["double"] = lambda self: self.x * 2


A = types.new_class("A", (), {"metaclass": Meta, "flag": 1}, body)
print(A, type(A).__name__, A.x, A.prepared, A().double())
B = types.new_class("B", (A,))
print(B.__mro__, type(B).__name__)
C = types.new_class("C")
print(C, C.__bases__, type(C))

print(types.prepare_class("P", (A,), {"flag": 2}))
meta, ns, kw = types.prepare_class("Q")
print(meta, ns, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)

class Two:
    def __mro_entries__(self, bases):
        return (int, object)


plain = (int,)
print(types.resolve_bases(plain) is plain)
print(types.resolve_bases((str, Entry(), Two())))
D = types.new_class("D", (Entry(),))
print(D.__mro__, type(D.__orig_bases__[0]).__name__)

try:
    types.resolve_bases((type("Bad", (), {"__mro_entries__": lambda self, b: [int]})(),))
except TypeError as exc:
    print("TypeError:", exc)


try:
    types.new_class("Z", (A, type("OtherMeta", (type,), {})("X", (), {})))
except TypeError as exc:
    print("TypeError:", exc)
