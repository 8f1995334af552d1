# Each division-like operation by zero raises ZeroDivisionError with CPython's message.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{text:14} -> {type(e).__name__}: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError))
