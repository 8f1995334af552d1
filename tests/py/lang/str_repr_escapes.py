# repr() of strings: quote choice, escapes for control characters, and unicode left as is.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "back\\slash",
           "\x00\x1f\x7f", "é ü 中文", "\u200b", "\U0001F600", "bell\a", "\x80\xa0\xad"]
for s in samples:
    print(repr(s), len(s))
print(str("nl\n").count("\n"), ascii("é中\n"), ascii("plain"))
print(["a'b", 'c"d', "\t"])
print({"k\n": "v\\"})
print("%r %s" % ("x\ty", "x\ty"))
print(f"{'q'!r} {'q'!s} {'é'!a}")
