# Case methods: upper, lower, title, capitalize, swapcase, casefold, and the is* predicates.
words = ["hello world", "HELLO", "hElLo WoRlD", "it's o'neil", "123abc", "ß straße", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
print("Straße".casefold(), "Straße".lower(), "Ä".lower(), "ﬁ".upper())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle())
print("ABC123".isupper(), "123".isupper(), "".islower())
print("hello world".title().swapcase())
for name in ("mcdonald", "o'brien", "x-ray vision"):
    print(name.title(), name.capitalize(), name.upper().lower() == name)
print("Jungla".swapcase(), "ΑΒΓ".lower(), "ÉCOLE".title())
