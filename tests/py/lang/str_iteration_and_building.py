# Building strings: iteration, reversed, enumerate over characters, list join, counting.
word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([(i, c) for i, c in enumerate("abc")])
print("".join(reversed("stressed")))
parts = []
for i, ch in enumerate("hello"):
    parts.append(ch.upper() if i % 2 == 0 else ch)
print("".join(parts))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print("".join(sorted(set(word))))
print(list(zip("abc", "xyz")), dict(zip("ab", "12")))
acc = ""
for n in range(5):
    acc += str(n)
print(acc, acc[::2], int(acc) + 1)
print("-".join(c * i for i, c in enumerate("abcd", 1)))
