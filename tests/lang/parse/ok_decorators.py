@dec
@dec.attr(1, 2)
@(lambda f: f)
def f(): pass
@d
class C(Base, metaclass=M, **kw):
    x = 1
    def m(self): return self.x
