# str.format: positional, numbered, keyword, attribute/index access, conversions and specs.
print("{} and {}".format("spam", "eggs"))
print("{1} and {0} and {1}".format("spam", "eggs"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0[1]} {0[0]} {1[key]}".format(["a", "b"], {"key": "v"}))
class Pt:
    x, y = 3, 4
print("{p.x},{p.y}".format(p=Pt()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8} {:<8}| {:^8}|".format("r", "l", "c"))
print("{0:.{1}f} {2:{3}^{4}}".format(3.14159, 2, "mid", "-", 9))
print("{{}} {}".format("braces"))
print("{:,} {:.1%} {:e}".format(1234567, 0.256, 12345.678))
print("{} {}".format(*[1, 2]), "{a}{b}".format(**{"a": "x", "b": "y"}))
print("{0}{0}{0}".format("ab"), "{:03}".format(7))
errors = [lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(y=1),
          lambda: "{".format(), lambda: "}".format(), lambda: "{0[5]}".format([1]), lambda: "{:q}".format(1)]
for e in errors:
    try:
        e()
    except (IndexError, KeyError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
print(format("x", "^5") + "|", "{:%Y}".format(Pt) if False else "done")
