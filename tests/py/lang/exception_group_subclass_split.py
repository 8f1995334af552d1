# ExceptionGroup subclasses (custom __new__/derive), split/subgroup metadata copies and the MRO.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)
g = MyGroup("mine", [ValueError(1), TypeError(2)], 42)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), repr(r))
print(isinstance(g, ExceptionGroup), isinstance(g, BaseExceptionGroup), isinstance(g, Exception))
class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), KeyError(2)])
print(repr(p.subgroup(KeyError)), type(p.subgroup(KeyError)).__name__)
try:
    raise p
except* KeyError as eg:
    print("caught", type(eg).__name__, repr(eg))
except* ValueError as eg:
    print("caught", type(eg).__name__, repr(eg))
e = ExceptionGroup("ctx", [ValueError(1), KeyError(2)])
e.__cause__ = RuntimeError("cause")
e.add_note("note 1")
m, r = e.split(ValueError)
print(repr(m.__cause__), m.__notes__, m.__suppress_context__, m.__notes__ is e.__notes__)
print(repr(e.subgroup(lambda x: isinstance(x, KeyError))))
print(e.subgroup(lambda x: True) is e, e.split(lambda x: False)[1] is e)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
