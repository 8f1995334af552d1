# Cooperative multiple inheritance: the C3 MRO of a diamond and super() chaining through it.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.mro()])
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return "mixin:" + super().describe()
class Core:
    def describe(self):
        return "core"
class Both(Mixin, Core):
    pass
print(Both().describe())
