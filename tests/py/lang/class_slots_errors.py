# __slots__: a slot's value is released with its object; the errors a bad __slots__ raises.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)

class Holder:
    __slots__ = ("item",)

h = Holder()
h.item = Noisy("first")
h.item = Noisy("second")
del h
print("after del")

def attempt(make):
    try: make(); print("made")
    except (TypeError, ValueError) as e: print(type(e).__name__ + ":", e)

def conflict():
    class C:
        __slots__ = ("x",)
        x = 1

def not_str():
    class C: __slots__ = (1,)
def not_identifier():
    class C: __slots__ = ("1a",)
def int_subtype():
    class C(int): __slots__ = ("q",)
def tuple_subtype():
    class C(tuple): __slots__ = ("q",)
def empty_tuple_subtype():
    class C(tuple): __slots__ = ()
def two_layouts():
    class A: __slots__ = ("a",)
    class B: __slots__ = ("b",)
    class C(A, B): pass
def dict_twice():
    class C: __slots__ = ("__dict__", "__dict__")
def not_iterable():
    class C: __slots__ = 5
for make in (conflict, not_str, not_identifier, int_subtype, tuple_subtype,
             empty_tuple_subtype, two_layouts, dict_twice, not_iterable):
    attempt(make)

class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only, One.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
