# split/rsplit/splitlines/partition/rpartition and join.
print("a b  c\t d\n".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lead and trail  ".split(" "), "".split(), "".split(","))
print("one two three".split(maxsplit=1), "one two three".rsplit(None, 1))
print("line1\nline2\r\nline3\n".splitlines(), "x\n\ny".splitlines(keepends=True))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(map(str, range(4))))
print("::".join(("x",)), "/".join({"k": 1, "j": 2}))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "x".join(5)
except TypeError as e:
    print("TypeError:", e)
