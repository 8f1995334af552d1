# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix, padding methods.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".kab"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "7".ljust(4, ".") + "]", "[" + "7".rjust(4) + "]", "[" + "long".ljust(2) + "]")
print("42".zfill(6), "-42".zfill(6), "+3.5".zfill(7), "abc".zfill(2))
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs())
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("".strip()), repr("   ".strip()), repr("\n".rstrip("\n")))
