# String comparison is by code point; sorting strings, case-insensitive keys and min/max.
words = ["banana", "Apple", "cherry", "apple", "Banana", "äpfel", "123", "_x", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "b", "a" < "B", "abc" < "abcd", "" < "a", "Z" < "a", "é" > "z")
print("abc" == "abc", "abc" != "ABC", "abc".lower() == "ABC".lower())
print(["b", "a"] < ["b", "b"], ("x", 1) < ("x", 2))
