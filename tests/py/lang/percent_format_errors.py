# Errors from %-formatting: argument count, type mismatches and bad format characters.
tests = [
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "%d" % "x",
    lambda: "%f" % "x",
    lambda: "%c" % "ab",
    lambda: "%(k)s" % ("x",),
    lambda: "%(k)s" % {"j": 1},
    lambda: "%y" % 1,
    lambda: "%" % (),
    lambda: "%d %d" % 1,
    lambda: "%x" % 1.5,
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
print("%s" % [])
print("%s" % ((),), "%s" % {"k": 1}, "%(a)s%(a)s" % {"a": "x"})
