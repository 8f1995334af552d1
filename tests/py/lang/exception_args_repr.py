# Exception args, str and repr for zero, one and several arguments (KeyError quotes its key).
for exc in (ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None),
            KeyError("k"), KeyError(), KeyError(1, 2), IndexError(3), Exception([1, 2])):
    print(f"{repr(exc):28} str={str(exc)!r:14} args={exc.args}")
e = RuntimeError("changeable")
e.args = ("changed",)
print(e, repr(e))
print(repr(StopIteration(5)), StopIteration(5).value, SystemExit(3).code)
print(repr(ArithmeticError("a", "b")), str(LookupError()))
print(str(UnicodeError("u")), repr(Warning("w")))
err = ValueError("with attr")
err.extra = 42
print(err.extra, getattr(err, "__notes__", "no notes"))
