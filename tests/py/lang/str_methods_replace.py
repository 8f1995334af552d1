# str.replace with counts, empty patterns, and translate/maketrans.
s = "one one one"
print(s.replace("one", "two"), s.replace("one", "two", 2), s.replace("one", "two", 0))
print(s.replace("x", "y"), "aaa".replace("a", ""), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", "L", -1), "banana".replace("ana", "_"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello world".translate(str.maketrans({"l": "L", "o": None, " ": "_"})))
print("remove vowels".translate(str.maketrans("", "", "aeiou")))
print(str.maketrans("ab", "cd"))
print("tab\tsep".replace("\t", " -> "))
text = "2024-01-15"
print(text.replace("-", "/").split("/"))
