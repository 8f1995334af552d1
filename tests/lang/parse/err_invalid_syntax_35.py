class C: pass
class D(C) pass
