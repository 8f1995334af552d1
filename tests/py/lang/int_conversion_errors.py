# Invalid int() conversions raise ValueError/TypeError with CPython's messages.
cases = [
    lambda: int("abc"),
    lambda: int(""),
    lambda: int("1.5"),
    lambda: int("12", 2),
    lambda: int("0x1f"),
    lambda: int("1__0"),
    lambda: int("10", 1),
    lambda: int("10", 37),
    lambda: int(None),
    lambda: int([1]),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: int(5, 10),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
