# repr() vs str() for builtin types, nested containers and special float values.
values = ["text", 'quote"s', 42, -0.0, 1e100, float("nan"), None, True, [1, "a"], (1,), (),
          {"k": [1.5]}, {1, 2}, frozenset({3}), range(2, 5), 2 ** 70, "\n\t"]
for v in values:
    print(f"str: {str(v):<28} repr: {repr(v)}")
print(repr(repr("x")), str(str("x")), repr(str(1)))
print(ascii("naïve ☃"), ascii([1, "é"]))
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
print(str(Both()), repr(Both()), [Both()], str([Both()]), f"{Both()!s}|{Both()!r}")
print(repr(ascii("é")), ascii(Both()))
