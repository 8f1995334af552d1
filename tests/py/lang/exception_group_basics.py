# ExceptionGroup/BaseExceptionGroup: construction, repr, split, subgroup, derive and validation.
eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), isinstance(eg, Exception))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: str(e) == "c")))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
