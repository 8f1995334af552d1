# `is` compares identity: None, True/False, the same object, and fresh containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None)
print(id(a) == id(b), id(a) == id(c))
t = ()
e = ()
print(t is e, tuple() is t)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k1, k1 is k2, type(k1) is K, type(k1) is type(k2))
print(type(1) is int, type(True) is bool, type(True) is int)
