# Basic str operations: concatenation, repetition, len, indexing, comparison and iteration.
s = "hello"
t = "world"
print(s + " " + t, len(s), len(""), s[0], s[-1], s[1:3])
print(s * 2, "-" * 0 == "", s + "" == s)
print(s < t, "apple" < "apples", "Z" < "a", "abc" == "ab" + "c")
print([c for c in "abc"], list("hi"), tuple("ok"))
print("".join(reversed(s)), s[::-1])
print(min("hello"), max("hello"), sorted("banana"))
print("a" "b" "c", "x" in s, "ll" in s, s.__len__())
print(str(), str(123), str(1.5), str([1, "a"]), str(None))
u = "naïve café"
print(len(u), u.upper(), u[2], u.title())
print("tab\there", "new\\nline", 'single \'quote\'', "double \"quote\"")
print(s.__add__("!"), "abc".__getitem__(1), "x".__mul__(3))
